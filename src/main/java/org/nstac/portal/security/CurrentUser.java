package org.nstac.portal.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The person behind this request, as pages and services see them: a login handle and roles, nothing more.
 * <p>
 * Roles are read once per request. Payara throws from {@code isUserInRole} while it renders an error page for a
 * forwarded request (its JACC policy context is missing there); reading early, in {@link RoleAreaFilter}, and keeping
 * the answer avoids that, and a lookup that still fails counts as "not in the role", never as a crash.
 */
@Named("currentUser")
@RequestScoped
public class CurrentUser {

    @Inject
    HttpServletRequest request;

    @Inject
    jakarta.enterprise.inject.Instance<KeycloakSessions> sessions;

    private List<Role> roles;

    public boolean isSignedIn() {
        return request.getUserPrincipal() != null;
    }

    /** The login handle (a member's pseudonym login), never a real name. */
    public String getName() {
        return isSignedIn() ? request.getUserPrincipal().getName() : null;
    }

    public boolean hasRole(Role role) {
        return getRoles().contains(role);
    }

    /** The caller's roles in landing order; this is also the order of the menu. */
    public List<Role> getRoles() {
        if (roles == null) {
            roles = isSignedIn() ? Arrays.stream(Role.values()).filter(this::containerSaysInRole).toList() : List.of();
        }
        return roles;
    }

    /**
     * When the caller last gave their password (the token's {@code auth_time}): a recent sign-in is required before
     * sensitive actions such as opening a member's identity.
     */
    public Optional<java.time.Instant> getAuthenticatedAt() {
        Object fromToken = request.getAttribute(BearerTokenMechanism.AUTH_TIME);
        if (fromToken instanceof java.time.Instant instant) {
            return Optional.of(instant);
        }
        if (request.getAttribute(BearerTokenMechanism.SESSION) instanceof String session
                && request.getAttribute(BearerTokenMechanism.SUBJECT) instanceof String subject) {
            // Keycloak puts no auth_time on direct-grant tokens: the session's start is the sign-in time.
            return sessions.get().startOf(subject, session);
        }
        return pageSignIn().map(SignIn::authTime);
    }

    /**
     * When the caller last signed in with their password and a second factor (the sign-in's {@code amr} names
     * {@code otp}, or its {@code acr} reached the second-factor level): what a step-up asks for.
     */
    public Optional<java.time.Instant> getSecondFactorAt() {
        Object methods = request.getAttribute(BearerTokenMechanism.METHODS);
        Object acr = request.getAttribute(BearerTokenMechanism.ACR);
        if (methods instanceof List<?> || acr != null) {
            return SecondFactor.proven(methods instanceof List<?> list ? list.stream().map(String::valueOf).toList()
                    : List.of(), acr == null ? null : acr.toString()) ? getAuthenticatedAt() : Optional.empty();
        }
        return pageSignIn().filter(s -> SecondFactor.proven(s.methods(), s.acr())).map(SignIn::authTime);
    }

    /** The Keycloak account behind this caller ({@code sub}), which portal accounts are bound to. */
    public Optional<String> getSubject() {
        if (request.getAttribute(BearerTokenMechanism.SUBJECT) instanceof String subject) {
            return Optional.of(subject);
        }
        return pageSignIn().map(SignIn::subject);
    }

    private Optional<SignIn> pageSignIn() {
        var session = request.getSession(false);
        return session != null && session.getAttribute(SignIn.SESSION_KEY) instanceof SignIn signIn
                ? Optional.of(signIn) : Optional.empty();
    }

    public Optional<Role> getLandingRole() {
        return Role.landing(getRoles());
    }

    private boolean containerSaysInRole(Role role) {
        try {
            return request.isUserInRole(role.roleName());
        } catch (RuntimeException payaraErrorDispatch) {
            return false;
        }
    }
}
