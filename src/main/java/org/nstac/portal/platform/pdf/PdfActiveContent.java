package org.nstac.portal.platform.pdf;

import java.util.Set;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfObject;
import org.openpdf.text.pdf.PdfReader;

/**
 * Finds what in a PDF can act rather than be read: scripts, commands that start programs, attached files and forms
 * that carry their own scripts.
 *
 * <p>Why refuse rather than remove: a receipt is a page to look at, and a finance officer opens it in whatever
 * viewer their computer has. A receipt that wants to run something or carries another file is not an ordinary
 * receipt, and quietly cutting the parts out could leave a page that no longer shows what the member sent. The
 * member can print the receipt to a new PDF or photograph it instead.
 *
 * <p>What counts: any JavaScript ({@code /JS}, a {@code /JavaScript} name tree, an action of type JavaScript,
 * including an open action), actions that launch programs, import data or jump into embedded documents, embedded
 * files (file specifications with {@code /EF}, embedded-file streams, the {@code /EmbeddedFiles} name tree, file
 * attachment annotations), rich media, and XFA forms. Links to web pages are allowed: shops print them on receipts.
 * Note that e-invoices that embed their XML (ZUGFeRD, Factur-X) are refused by this rule.
 */
public final class PdfActiveContent {

    private static final Set<PdfName> ACTING_KEYS = Set.of(PdfName.JS, PdfName.JAVASCRIPT, PdfName.EF,
            PdfName.EMBEDDEDFILES, PdfName.XFA);

    private static final Set<PdfName> ACTING_TYPES = Set.of(PdfName.JAVASCRIPT, PdfName.LAUNCH, PdfName.GOTOE,
            PdfName.IMPORTDATA, new PdfName("RichMediaExecute"), PdfName.EMBEDDEDFILE, PdfName.FILEATTACHMENT,
            PdfName.RICHMEDIA);

    private PdfActiveContent() {
    }

    /** Whether anything in the PDF can act; see the class comment for what counts. */
    public static boolean in(PdfReader reader) {
        boolean[] found = {false};
        PdfDictionaries.forEach(reader, dictionary -> found[0] |= acts(dictionary));
        return found[0];
    }

    private static boolean acts(PdfDictionary dictionary) {
        for (PdfName key : dictionary.getKeys()) {
            if (ACTING_KEYS.contains(key)) {
                return true;
            }
        }
        // an action's /S, an annotation's /Subtype, an embedded file stream's /Type
        return isActingName(dictionary.get(PdfName.S))
                || isActingName(dictionary.get(PdfName.SUBTYPE))
                || isActingName(dictionary.get(PdfName.TYPE));
    }

    private static boolean isActingName(PdfObject value) {
        return value instanceof PdfName name && ACTING_TYPES.contains(name);
    }
}
