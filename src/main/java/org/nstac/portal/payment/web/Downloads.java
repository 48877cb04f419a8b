package org.nstac.portal.payment.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import org.omnifaces.util.Faces;

/** Sends a file made in memory as the answer to a non-Ajax form button; nothing is written to disk. */
final class Downloads {

    /** Writes to an output stream. */
    interface Body {
        void write(OutputStream out) throws IOException;
    }

    private Downloads() {
    }

    static void send(String fileName, Body body) {
        try {
            ByteArrayOutputStream buffer = new ByteArrayOutputStream();
            body.write(buffer);
            Faces.sendFile(buffer.toByteArray(), fileName, true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
