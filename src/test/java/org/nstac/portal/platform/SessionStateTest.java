package org.nstac.portal.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.inject.Inject;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Everything the portal keeps in a session moves between nodes through the data grid, so it must serialize: every
 * {@code @ViewScoped} and {@code @SessionScoped} bean, and everything its fields hold (records, lists and maps of
 * them, a lazy table's rows), except what is {@code transient} (re-read on the next request) or injected (CDI hands
 * out serializable proxies and checks passivation itself). A field that would not serialize would lose a person's
 * page, or their session, when their node goes away.
 */
class SessionStateTest {

    @Test
    void everythingKeptInASessionSerializes() throws Exception {
        List<Class<?>> beans = sessionBeans();
        assertFalse(beans.isEmpty(), "the scan found the portal's page beans");
        List<String> problems = new ArrayList<>();
        for (Class<?> bean : beans) {
            if (!Serializable.class.isAssignableFrom(bean)) {
                problems.add(bean.getName() + " is not Serializable");
            }
            checkFields(bean, bean.getSimpleName(), problems, new HashSet<>());
        }
        assertEquals(List.of(), problems);
    }

    private static void checkFields(Class<?> type, String path, List<String> problems, Set<Type> seen) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            if (!c.getName().startsWith("org.nstac.portal.")) {
                continue;
            }
            for (Field field : c.getDeclaredFields()) {
                int modifiers = field.getModifiers();
                if (Modifier.isStatic(modifiers) || Modifier.isTransient(modifiers)
                        || field.isAnnotationPresent(Inject.class) || field.isSynthetic()) {
                    continue;
                }
                check(field.getGenericType(), path + "." + field.getName(), problems, seen);
            }
        }
    }

    private static void check(Type type, String path, List<String> problems, Set<Type> seen) {
        if (!seen.add(type)) {
            return;
        }
        if (type instanceof WildcardType wildcard) {
            for (Type bound : wildcard.getUpperBounds()) {
                check(bound, path, problems, seen);
            }
            return;
        }
        if (type instanceof ParameterizedType parameterized) {
            Class<?> raw = (Class<?>) parameterized.getRawType();
            if (!Collection.class.isAssignableFrom(raw) && !Map.class.isAssignableFrom(raw)) {
                check(raw, path, problems, seen);
            }
            for (Type argument : parameterized.getActualTypeArguments()) {
                check(argument, path + "<>", problems, seen);
            }
            return;
        }
        if (!(type instanceof Class<?> cls)) {
            return; // a type variable: checked where it is bound
        }
        if (cls.isPrimitive() || cls.isEnum()) {
            return;
        }
        if (cls == java.util.Optional.class) {
            problems.add(path + " is an Optional, which does not serialize");
            return;
        }
        if (Collection.class.isAssignableFrom(cls) || Map.class.isAssignableFrom(cls)) {
            return; // the standard implementations serialize; their elements are checked through the type arguments
        }
        if (!Serializable.class.isAssignableFrom(cls) && !(cls.isInterface()
                && !cls.getName().startsWith("org.nstac.portal."))) {
            problems.add(path + " holds " + cls.getName() + ", which is not Serializable");
            return;
        }
        if (cls.getName().startsWith("org.nstac.portal.")) {
            checkFields(cls, path, problems, seen);
        }
    }

    /** Every class of the portal annotated {@code @ViewScoped} or {@code @SessionScoped}. */
    private static List<Class<?>> sessionBeans() throws Exception {
        Path root = classesRoot();
        List<Class<?>> beans = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root.resolve("org/nstac/portal"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = root.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> cls = Class.forName(name, false, SessionStateTest.class.getClassLoader());
                if (cls.isAnnotationPresent(jakarta.faces.view.ViewScoped.class)
                        || cls.isAnnotationPresent(jakarta.enterprise.context.SessionScoped.class)) {
                    beans.add(cls);
                }
            }
        }
        return beans;
    }

    private static Path classesRoot() throws URISyntaxException {
        return Path.of(Node.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    }
}
