package org.nstac.portal.platform;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.context.ResponseWriterWrapper;
import java.io.IOException;
import java.util.List;
import org.primefaces.component.messages.Messages;
import org.primefaces.component.messages.MessagesRenderer;

/**
 * PrimeFaces' {@code p:messages}, with its list kept a list for screen readers. PrimeFaces writes each message as
 * {@code <li role="alert">} inside a {@code <ul>}: the role takes the item out of the list, so the list holds no list
 * items, which axe-core reports as a serious failure (WCAG 1.3.1) on every page right after an action told the person
 * something. Here the item stays an item and the alert moves onto a {@code <span>} around its text, which screen
 * readers announce just the same. Everything else is PrimeFaces' own rendering, unchanged.
 */
public class MessagesListRenderer extends MessagesRenderer {

    @Override
    protected void encodeMessages(FacesContext context, Messages uiMessages, String severity,
            List<FacesMessage> messages) throws IOException {
        ResponseWriter original = context.getResponseWriter();
        context.setResponseWriter(new AlertInsideItem(original));
        try {
            super.encodeMessages(context, uiMessages, severity, messages);
        } finally {
            context.setResponseWriter(original);
        }
    }

    /** Moves {@code role} and {@code aria-atomic} from a list item onto a span around the item's content. */
    static final class AlertInsideItem extends ResponseWriterWrapper {

        private boolean inItemTag;
        private String role;
        private String atomic;
        private boolean spanOpen;

        AlertInsideItem(ResponseWriter wrapped) {
            super(wrapped);
        }

        @Override
        public void startElement(String name, UIComponent component) throws IOException {
            if ("li".equals(name)) {
                closeSpan();
                super.startElement(name, component);
                inItemTag = true;
                role = null;
                atomic = null;
                return;
            }
            openSpan();
            super.startElement(name, component);
        }

        @Override
        public void writeAttribute(String name, Object value, String property) throws IOException {
            if (inItemTag && "role".equals(name)) {
                role = String.valueOf(value);
            } else if (inItemTag && "aria-atomic".equals(name)) {
                atomic = String.valueOf(value);
            } else {
                super.writeAttribute(name, value, property);
            }
        }

        @Override
        public void writeText(Object text, String property) throws IOException {
            openSpan();
            super.writeText(text, property);
        }

        @Override
        public void writeText(Object text, UIComponent component, String property) throws IOException {
            openSpan();
            super.writeText(text, component, property);
        }

        @Override
        public void writeText(char[] text, int off, int len) throws IOException {
            openSpan();
            super.writeText(text, off, len);
        }

        @Override
        public void write(char[] text, int off, int len) throws IOException {
            openSpan();
            super.write(text, off, len);
        }

        @Override
        public void write(String text) throws IOException {
            openSpan();
            super.write(text);
        }

        @Override
        public void endElement(String name) throws IOException {
            if ("li".equals(name)) {
                openSpan();
                closeSpan();
            }
            super.endElement(name);
        }

        /** The first content of an item that had a role: the span that carries it opens before that content. */
        private void openSpan() throws IOException {
            if (!inItemTag) {
                return;
            }
            inItemTag = false;
            if (role != null) {
                super.startElement("span", null);
                super.writeAttribute("role", role, null);
                if (atomic != null) {
                    super.writeAttribute("aria-atomic", atomic, null);
                }
                spanOpen = true;
            }
        }

        private void closeSpan() throws IOException {
            if (spanOpen) {
                spanOpen = false;
                super.endElement("span");
            }
        }
    }
}
