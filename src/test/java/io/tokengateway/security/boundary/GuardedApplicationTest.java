package io.tokengateway.security.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.HttpMethod;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** No JAX-RS application or route of the gateway can leave out the access check. */
class GuardedApplicationTest {

    @Test
    void everyApplicationIsAGuardedApplication() throws Exception {
        List<Class<?>> applications = mainClasses().stream().filter(c -> c.isAnnotationPresent(ApplicationPath.class)).toList();

        assertEquals(3, applications.size(), applications.toString());
        for (Class<?> application : applications) {
            assertTrue(GuardedApplication.class.isAssignableFrom(application), application + " is no GuardedApplication");
        }
    }

    @Test
    void everyApplicationRegistersTheAccessFilterAndCannotDropIt() throws Exception {
        assertTrue(Modifier.isFinal(GuardedApplication.class.getMethod("getClasses").getModifiers()));
        for (Class<?> application : mainClasses().stream().filter(c -> c.isAnnotationPresent(ApplicationPath.class)).toList()) {
            var classes = ((GuardedApplication) application.getDeclaredConstructor().newInstance()).getClasses();
            assertTrue(classes.contains(AccessFilter.class), application.toString());
            assertTrue(classes.containsAll(GuardedApplication.EVERY_APPLICATION), application.toString());
        }
    }

    /** The OpenAPI scanner reads a written-down list of classes: a moved or new route must not fall out of it. */
    @Test
    void theOpenApiDocumentScansEveryApplicationAndEveryRouteClass() throws Exception {
        java.util.Properties config = new java.util.Properties();
        try (var in = GuardedApplicationTest.class.getResourceAsStream("/META-INF/microprofile-config.properties")) {
            config.load(in);
        }
        List<String> scanned = List.of(config.getProperty("mp.openapi.scan.classes").split(","));
        for (String name : scanned) {
            Class.forName(name.strip()); // a class that no longer exists is a stale entry
        }
        for (Class<?> application : mainClasses().stream().filter(c -> c.isAnnotationPresent(ApplicationPath.class)).toList()) {
            assertTrue(scanned.contains(application.getName()), application + " is not scanned for /openapi");
            // its own routes and those other components add to it (RouteExtension)
            for (Class<?> route : ((GuardedApplication) application.getDeclaredConstructor().newInstance()).getClasses()) {
                if (route.isAnnotationPresent(jakarta.ws.rs.Path.class)) {
                    assertTrue(scanned.contains(route.getName()), route + " is not scanned for /openapi");
                }
            }
        }
    }

    @Test
    void everyResourceMethodOfEveryApplicationSaysWhoMayCallIt() throws Exception {
        List<String> unguarded = new ArrayList<>();
        int methods = 0;
        for (Class<?> application : mainClasses().stream().filter(c -> c.isAnnotationPresent(ApplicationPath.class)).toList()) {
            for (Class<?> route : ((GuardedApplication) application.getDeclaredConstructor().newInstance()).getClasses()) {
                for (Method method : route.getDeclaredMethods()) {
                    boolean resourceMethod = Stream.of(method.getAnnotations())
                            .anyMatch(a -> a.annotationType().isAnnotationPresent(HttpMethod.class));
                    if (resourceMethod) {
                        methods++;
                        if (!method.isAnnotationPresent(Guarded.class)) {
                            unguarded.add(route.getSimpleName() + "." + method.getName());
                        }
                    }
                }
            }
        }
        assertTrue(methods > 30, "only " + methods + " resource methods found");
        assertEquals(List.of(), unguarded);
    }

    @Test
    void noResourceClassIsLeftOutOfEveryApplication() throws Exception {
        List<Class<?>> registered = new ArrayList<>();
        for (Class<?> application : mainClasses().stream().filter(c -> c.isAnnotationPresent(ApplicationPath.class)).toList()) {
            registered.addAll(((GuardedApplication) application.getDeclaredConstructor().newInstance()).getClasses());
        }
        for (Class<?> type : mainClasses()) {
            if (type.isAnnotationPresent(jakarta.ws.rs.Path.class)) {
                assertTrue(registered.contains(type), type + " is a resource no application registers");
            }
        }
        assertFalse(registered.isEmpty());
    }

    /** Every class compiled from src/main/java. */
    static List<Class<?>> mainClasses() throws Exception {
        Path root = Path.of(GuardedApplication.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Class<?>> classes = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = root.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                classes.add(Class.forName(name, false, GuardedApplication.class.getClassLoader()));
            }
        }
        return classes;
    }
}
