package org.nstac.portal.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The language links return to the page they came from, and never become an open redirect. */
class LanguageServletTest {

    @ParameterizedTest
    @ValueSource(strings = {"/", "/member/dashboard", "/secretariat/dashboard?x=1"})
    void localPathsAreFollowed(String path) {
        assertEquals(path, LanguageServlet.safeReturnPath(path));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"https://evil.example/", "//evil.example/", "/\\evil.example", "evil", "",
        "/a\r\nSet-Cookie: x=y", "javascript:alert(1)", "/redirect:https://evil.example"})
    void anythingElseGoesToTheLandingPage(String back) {
        assertEquals("/", LanguageServlet.safeReturnPath(back));
    }
}
