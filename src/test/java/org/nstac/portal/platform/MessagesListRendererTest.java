package org.nstac.portal.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.ResponseWriter;
import java.io.Writer;
import org.junit.jupiter.api.Test;

/** The message list stays a list: an item's alert role moves onto a span around its content. No server needed. */
class MessagesListRendererTest {

    @Test
    void theAlertRoleMovesFromTheItemOntoASpanAroundItsText() throws Exception {
        Markup markup = new Markup();
        var writer = new MessagesListRenderer.AlertInsideItem(markup);
        writer.startElement("ul", null);
        for (String text : new String[] {"Your comment is posted.", "Saved."}) {
            writer.startElement("li", null);
            writer.writeAttribute("role", "alert", null);
            writer.writeAttribute("aria-atomic", "true", null);
            writer.startElement("span", null);
            writer.writeAttribute("class", "ui-messages-info-summary", null);
            writer.writeText(text, null);
            writer.endElement("span");
            writer.endElement("li");
        }
        writer.endElement("ul");
        assertEquals("<ul><li><span role=\"alert\" aria-atomic=\"true\"><span class=\"ui-messages-info-summary\">"
                + "Your comment is posted.</span></span></li><li><span role=\"alert\" aria-atomic=\"true\">"
                + "<span class=\"ui-messages-info-summary\">Saved.</span></span></li></ul>", markup.toString());
    }

    @Test
    void anItemWithoutARoleAndEverythingOutsideItemsAreWrittenAsTheyCame() throws Exception {
        Markup markup = new Markup();
        var writer = new MessagesListRenderer.AlertInsideItem(markup);
        writer.startElement("div", null);
        writer.writeAttribute("role", "status", null);
        writer.startElement("ul", null);
        writer.startElement("li", null);
        writer.writeAttribute("class", "plain", null);
        writer.writeText("Text", null);
        writer.endElement("li");
        writer.startElement("li", null);
        writer.writeAttribute("role", "alert", null);
        writer.endElement("li");
        writer.endElement("ul");
        writer.endElement("div");
        assertEquals("<div role=\"status\"><ul><li class=\"plain\">Text</li><li><span role=\"alert\"></span></li>"
                + "</ul></div>", markup.toString());
    }

    /** A response writer that writes plain markup, enough to see what reaches the page. */
    private static final class Markup extends ResponseWriter {
        private final StringBuilder out = new StringBuilder();
        private boolean open;

        private void closeTag() {
            if (open) {
                out.append('>');
                open = false;
            }
        }

        @Override public void startElement(String name, UIComponent component) {
            closeTag();
            out.append('<').append(name);
            open = true;
        }

        @Override public void endElement(String name) {
            closeTag();
            out.append("</").append(name).append('>');
        }

        @Override public void writeAttribute(String name, Object value, String property) {
            out.append(' ').append(name).append("=\"").append(value).append('"');
        }

        @Override public void writeURIAttribute(String name, Object value, String property) {
            writeAttribute(name, value, property);
        }

        @Override public void writeText(Object text, String property) {
            closeTag();
            out.append(text);
        }

        @Override public void writeText(char[] text, int off, int len) {
            closeTag();
            out.append(text, off, len);
        }

        @Override public void write(char[] text, int off, int len) {
            closeTag();
            out.append(text, off, len);
        }

        @Override public void writeComment(Object comment) { }
        @Override public String getContentType() { return "text/html"; }
        @Override public String getCharacterEncoding() { return "UTF-8"; }
        @Override public void flush() { }
        @Override public void close() { }
        @Override public void startDocument() { }
        @Override public void endDocument() { }
        @Override public ResponseWriter cloneWithWriter(Writer writer) { throw new UnsupportedOperationException(); }

        @Override public String toString() {
            closeTag();
            return out.toString();
        }
    }
}
