package org.nstac.portal.platform.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CsvCellsTest {

    @Test
    void cellsThatStartLikeAFormulaGetAQuoteInFront() {
        assertEquals("'=HYPERLINK(\"http://x\")", CsvCells.neutralise("=HYPERLINK(\"http://x\")"));
        assertEquals("'+1+2", CsvCells.neutralise("+1+2"));
        assertEquals("'-2+3", CsvCells.neutralise("-2+3"));
        assertEquals("'@SUM(A1)", CsvCells.neutralise("@SUM(A1)"));
        assertEquals("'\t=1", CsvCells.neutralise("\t=1"));
        assertEquals("'\r=1", CsvCells.neutralise("\r=1"));
    }

    @Test
    void otherCellsStayAsTheyAre() {
        assertEquals("Čačak đak", CsvCells.neutralise("Čačak đak"));
        assertEquals("a=b", CsvCells.neutralise("a=b"));
        assertEquals(" =1", CsvCells.neutralise(" =1"));
        assertEquals("'citat'", CsvCells.neutralise("'citat'"));
        assertEquals("<script>alert(1)</script>", CsvCells.neutralise("<script>alert(1)</script>"));
    }

    @Test
    void aMissingCellIsEmpty() {
        assertEquals("", CsvCells.neutralise(null));
        assertEquals("", CsvCells.neutralise(""));
    }
}
