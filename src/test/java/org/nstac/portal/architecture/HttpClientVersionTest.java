package org.nstac.portal.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every JDK HTTP client, in the portal and in its tests, speaks HTTP/1.1. The JDK's default is HTTP/2, which over
 * plain {@code http://} first sends an {@code Upgrade: h2c} request; Keycloak reset such streams under load (issue 22's
 * lost token request), and a client that keeps a half-upgraded connection to a server that was still starting waits on
 * it for every later request instead of opening a fresh one.
 */
class HttpClientVersionTest {

    private static final Pattern CLIENT = Pattern.compile("HttpClient\\s*\\.\\s*(newHttpClient|newBuilder)\\s*\\(\\)");

    @Test
    void everyJdkHttpClientIsBuiltForHttp11() throws IOException {
        List<String> defaults = new ArrayList<>();
        int clients = 0;
        for (Path root : List.of(Path.of("src/main/java"), Path.of("src/test/java"))) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    String source = Files.readString(file);
                    Matcher m = CLIENT.matcher(source);
                    while (m.find()) {
                        clients++;
                        String chain = source.substring(m.end(), source.indexOf(';', m.end()));
                        if (m.group(1).equals("newHttpClient") || !chain.contains("Version.HTTP_1_1")) {
                            defaults.add(file + ":" + (source.substring(0, m.start()).lines().count()));
                        }
                    }
                }
            }
        }
        assertTrue(clients >= 20, "the scan finds the clients (" + clients + ")");
        assertEquals(List.of(), defaults, "clients left on the JDK's HTTP/2 default");
    }
}
