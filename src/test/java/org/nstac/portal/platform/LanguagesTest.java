package org.nstac.portal.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class LanguagesTest {

    @ParameterizedTest(name = "Accept-Language \"{0}\" gets {1}")
    @CsvSource({
        "'sr-Latn-RS,sr;q=0.9', sr-Latn",
        "'sr-Cyrl', sr-Latn",
        "'hr-HR,en;q=0.5', sr-Latn",
        "'bs', sr-Latn",
        "'en-GB,sr;q=0.8', en",
        "'de-DE,sr;q=0.5', sr-Latn",
        "'de-DE,fr;q=0.5', en",
        "'*', en",
        "'not a header;;;', en"
    })
    void negotiatesTheBestSupportedLanguage(String header, String expected) {
        assertEquals(expected, Languages.negotiate(header).toLanguageTag());
    }

    @ParameterizedTest
    @NullAndEmptySource
    void noHeaderMeansEnglish(String header) {
        assertEquals("en", Languages.negotiate(header).toLanguageTag());
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "sr-Latn", "SR-latn", " en "})
    void supportedTagsAreRecognised(String tag) {
        assertTrue(Languages.fromTag(tag).isPresent());
    }

    @ParameterizedTest
    @ValueSource(strings = {"sr", "sr-Cyrl", "de", "en-US", "<script>"})
    void anythingElseIsNotALanguageWeServe(String tag) {
        assertEquals(Optional.empty(), Languages.fromTag(tag));
    }
}
