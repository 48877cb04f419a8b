package org.nstac.portal.consultation.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class AnswerScreenExcerptTest {

    @Test
    void aShortSectionIsShownWhole() {
        assertEquals("Text of article 2.", AnswerScreen.excerpt("  Text of article 2.\n", 600));
        assertEquals("", AnswerScreen.excerpt(null, 600), "a comment on the whole draft has no section text");
    }

    @Test
    void aLongSectionIsCutAtAWordWithAnEllipsis() {
        String text = "Shelters must offer interpretation at any hour of the day and night.";
        String cut = AnswerScreen.excerpt(text, 30);
        assertEquals("Shelters must offer …", cut);
        String oneWord = "x".repeat(50);
        assertEquals("x".repeat(20) + " …", AnswerScreen.excerpt(oneWord, 20), "no space to cut at: cut at the limit");
    }
}
