package org.nstac.portal.platform.pdf;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.function.Consumer;
import org.openpdf.text.pdf.PdfArray;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfObject;
import org.openpdf.text.pdf.PdfReader;

/**
 * Visits every dictionary of a PDF that has been read whole: the trailer, every numbered object the reader holds and
 * every dictionary written inside another object, stream dictionaries included.
 *
 * <p>Why every object and not a walk from the catalog: scripts, attachments and metadata can sit anywhere (in a
 * page's annotation, a form field, an image), and a walk that follows only the paths a viewer uses is a walk a
 * crafted file can hide from. Numbered objects are visited once each and references are not followed, so shared or
 * circular references cannot loop. Nested dictionaries and arrays are walked with a queue rather than recursion, so
 * deep nesting cannot overflow the stack. Stream contents are not decoded.
 */
public final class PdfDictionaries {

    private PdfDictionaries() {
    }

    public static void forEach(PdfReader reader, Consumer<PdfDictionary> visitor) {
        Deque<PdfObject> pending = new ArrayDeque<>();
        pending.push(reader.getTrailer());
        for (int number = 1; number < reader.getXrefSize(); number++) {
            PdfObject object = reader.getPdfObject(number);
            if (object != null) {
                pending.push(object);
            }
        }
        while (!pending.isEmpty()) {
            PdfObject object = pending.pop();
            if (object instanceof PdfDictionary dictionary) {
                visitor.accept(dictionary);
                // a copy: the visitor may remove entries
                for (PdfObject value : dictionary.getKeysAndValues().stream().map(Map.Entry::getValue).toList()) {
                    pushNested(pending, value);
                }
            } else if (object instanceof PdfArray array) {
                for (PdfObject element : array.getElements()) {
                    pushNested(pending, element);
                }
            }
        }
    }

    /** Queues direct dictionaries and arrays; references point to numbered objects, which are visited anyway. */
    private static void pushNested(Deque<PdfObject> pending, PdfObject value) {
        if (value instanceof PdfDictionary || value instanceof PdfArray) {
            pending.push(value);
        }
    }
}
