package org.nstac.portal.security;

import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The realm roles of DESIGN.md §4, mapped one to one to Jakarta roles. Each has its own area of pages under
 * {@code /<role>/}; a person with several roles lands on the area listed first here.
 */
public enum Role {
    ADMIN,
    CUSTODIAN,
    SECRETARIAT,
    FINANCE,
    CHAIR,
    MEMBER,
    MINISTRY,
    PARTNER,
    OBSERVER;

    /** The role name as Keycloak and Jakarta Security spell it. */
    public String roleName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The first path segment of this role's pages. */
    public String area() {
        return roleName();
    }

    public String dashboardPath() {
        return "/" + area() + "/dashboard";
    }

    public static Optional<Role> fromName(String name) {
        return Arrays.stream(values()).filter(r -> r.roleName().equals(name)).findFirst();
    }

    /** The role whose area owns a path like {@code /secretariat/...}, if any. */
    public static Optional<Role> owningArea(String path) {
        if (path == null || path.length() < 2) {
            return Optional.empty();
        }
        int end = path.indexOf('/', 1);
        String first = end < 0 ? path.substring(1) : path.substring(1, end);
        return Arrays.stream(values()).filter(r -> r.area().equals(first)).findFirst();
    }

    /** Known roles among the given names, in landing order; unknown names are ignored. */
    public static Set<Role> of(Collection<String> names) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String name : names) {
            fromName(name).ifPresent(roles::add);
        }
        return roles;
    }

    /** Where a person with these roles lands after signing in. */
    public static Optional<Role> landing(Collection<Role> roles) {
        return roles.stream().min(Comparator.naturalOrder());
    }

    public static List<String> names() {
        return Arrays.stream(values()).map(Role::roleName).toList();
    }
}
