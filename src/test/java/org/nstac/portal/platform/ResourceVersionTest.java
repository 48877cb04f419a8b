package org.nstac.portal.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The resources' version follows their content, and only their content. No server needed. */
class ResourceVersionTest {

    private static SortedMap<String, byte[]> files(String... pathsAndTexts) {
        SortedMap<String, byte[]> files = new TreeMap<>();
        for (int i = 0; i < pathsAndTexts.length; i += 2) {
            files.put(pathsAndTexts[i], pathsAndTexts[i + 1].getBytes(StandardCharsets.UTF_8));
        }
        return files;
    }

    @Test
    void theSameFilesGiveTheSameVersionOnEveryNodeAndAChangedScriptANewOne() {
        String v = ResourceVersion.of(files("/resources/portal/js/portal.js", "var a = 1;",
                "/resources/portal/css/portal.css", "body {}"));
        assertTrue(v.matches("[0-9a-f]{12}"), v);
        assertEquals(v, ResourceVersion.of(files("/resources/portal/css/portal.css", "body {}",
                "/resources/portal/js/portal.js", "var a = 1;")));
        assertNotEquals(v, ResourceVersion.of(files("/resources/portal/js/portal.js", "var a = 2;",
                "/resources/portal/css/portal.css", "body {}")));
        assertNotEquals(v, ResourceVersion.of(files("/resources/portal/js/portal.js", "var a = 1;",
                "/resources/portal/css/portal.css", "body {}", "/resources/portal/js/new.js", "")));
    }

    @Test
    void movingTextBetweenFilesChangesTheVersion() {
        assertNotEquals(ResourceVersion.of(files("/a.js", "ab", "/b.js", "c")),
                ResourceVersion.of(files("/a.js", "a", "/b.js", "bc")));
    }
}
