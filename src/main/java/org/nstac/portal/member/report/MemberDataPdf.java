package org.nstac.portal.member.report;

import org.openpdf.text.Document;
import org.openpdf.text.ExceptionConverter;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfString;
import org.openpdf.text.pdf.PdfWriter;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.nstac.portal.platform.report.EmbeddedFont;
import org.nstac.portal.platform.report.PageNumbers;

/**
 * "Download my data" as a document a person can read: the same content as the JSON file (nothing more, nothing less),
 * one heading per section in the reader's language, each record as lines of "field: value", dates and times in the
 * council's time zone with the zone named, true/false as yes/no. Drawn in the portal's embedded font so that Serbian
 * letters survive; every value is set as text, never interpreted.
 */
public final class MemberDataPdf {

    private static final float MARGIN = 50f;
    private static final ZoneId COUNCIL_ZONE = org.nstac.portal.shared.CouncilClock.ZONE;

    private MemberDataPdf() {
    }

    /**
     * Writes the PDF; the stream is not closed.
     *
     * @param export the member's export, as {@code MemberExport} builds it
     * @param text   the reader's message lookup; answers the key itself for a key it lacks (keys
     *               {@code member.export.pdf.*}, {@code member.export.section.*}, {@code member.export.field.*})
     * @param locale the reader's locale, for dates
     * @throws IOException when the stream fails
     */
    public static void write(JsonObject export, Function<String, String> text, Locale locale, OutputStream out)
            throws IOException {
        Objects.requireNonNull(export, "export");
        try {
            draw(export, text, locale, out);
        } catch (ExceptionConverter wrapped) {
            if (wrapped.getException() instanceof IOException io) {
                throw io;
            }
            throw wrapped;
        }
    }

    private static void draw(JsonObject export, Function<String, String> text, Locale locale, OutputStream out) {
        BaseFont base = EmbeddedFont.get();
        Fonts fonts = new Fonts(new Font(base, 17f, Font.BOLD), new Font(base, 13f, Font.BOLD),
                new Font(base, 10.5f, Font.BOLD), new Font(base, 10f), new Font(base, 9f));
        Values values = new Values(text, locale);
        Document document = new Document(PageSize.A4, MARGIN, MARGIN, MARGIN, MARGIN);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setCloseStream(false);
        String title = text.apply("member.export.pdf.title");
        document.addTitle(title);
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString(locale.toLanguageTag()));
        writer.setPageEvent(new PageNumbers(fonts.small()));
        document.open();
        try {
            Paragraph heading = new Paragraph(title, fonts.title());
            heading.setSpacingAfter(4);
            document.add(heading);
            document.add(new Paragraph(text.apply("member.export.pdf.exportedAt") + ": "
                    + values.format(export.get("exportedAt")), fonts.body()));
            document.add(new Paragraph(text.apply("member.export.pdf.lead"), fonts.small()));
            for (Map.Entry<String, JsonValue> section : export.entrySet()) {
                if (section.getKey().equals("exportedAt")) {
                    continue;
                }
                Paragraph h = new Paragraph(label(text, "member.export.section.", section.getKey()), fonts.heading());
                h.setSpacingBefore(14);
                h.setSpacingAfter(4);
                document.add(h);
                body(document, section.getValue(), 0, text, values, fonts);
            }
        } finally {
            document.close();
        }
    }

    /** One section's content: an object as its fields, a list as its records, a value as itself. */
    private static void body(Document document, JsonValue value, int depth, Function<String, String> text,
            Values values, Fonts fonts) {
        switch (value.getValueType()) {
            case OBJECT -> fields(document, value.asJsonObject(), depth, text, values, fonts);
            case ARRAY -> records(document, value.asJsonArray(), depth, text, values, fonts);
            default -> document.add(indented(values.format(value), fonts.body(), depth));
        }
    }

    private static void fields(Document document, JsonObject object, int depth, Function<String, String> text,
            Values values, Fonts fonts) {
        if (object.isEmpty()) {
            document.add(indented(text.apply("member.export.pdf.none"), fonts.body(), depth));
        }
        for (Map.Entry<String, JsonValue> field : object.entrySet()) {
            String name = label(text, "member.export.field.", field.getKey());
            JsonValue v = field.getValue();
            boolean nested = v.getValueType() == JsonValue.ValueType.OBJECT
                    || v.getValueType() == JsonValue.ValueType.ARRAY && !scalars(v.asJsonArray());
            if (nested) {
                document.add(indented(name, fonts.label(), depth));
                body(document, v, depth + 1, text, values, fonts);
            } else {
                Paragraph line = indented("", fonts.body(), depth);
                line.add(new org.openpdf.text.Chunk(name + ": ", fonts.label()));
                line.add(new org.openpdf.text.Chunk(values.format(v), fonts.body()));
                document.add(line);
            }
        }
    }

    private static void records(Document document, JsonArray array, int depth, Function<String, String> text,
            Values values, Fonts fonts) {
        if (array.isEmpty()) {
            document.add(indented(text.apply("member.export.pdf.none"), fonts.body(), depth));
            return;
        }
        if (scalars(array)) {
            document.add(indented(values.format(array), fonts.body(), depth));
            return;
        }
        int n = 0;
        for (JsonValue item : array) {
            n++;
            Paragraph number = indented(n + ".", fonts.label(), depth);
            number.setSpacingBefore(4);
            document.add(number);
            body(document, item, depth + 1, text, values, fonts);
        }
    }

    private static boolean scalars(JsonArray array) {
        return array.stream().noneMatch(v -> v.getValueType() == JsonValue.ValueType.OBJECT
                || v.getValueType() == JsonValue.ValueType.ARRAY);
    }

    private static Paragraph indented(String content, Font font, int depth) {
        Paragraph p = new Paragraph(content, font);
        p.setIndentationLeft(14f * depth);
        return p;
    }

    /** The bundle's label for a section or field, else the name itself made readable ("workLogs" → "Work logs"). */
    static String label(Function<String, String> text, String prefix, String name) {
        String key = prefix + name;
        String found = text.apply(key);
        if (found != null && !found.isBlank() && !found.equals(key)) {
            return found;
        }
        String spaced = name.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
        return spaced.isEmpty() ? name : Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }

    private record Fonts(Font title, Font heading, Font label, Font body, Font small) {
    }

    /** A value as a reader expects it: dates in their language, times in the council's zone, yes and no. */
    record Values(Function<String, String> text, Locale locale) {

        String format(JsonValue value) {
            if (value == null) {
                return "";
            }
            return switch (value.getValueType()) {
                case STRING -> string(((JsonString) value).getString());
                case NUMBER -> ((JsonNumber) value).bigDecimalValue().toPlainString();
                case TRUE -> text.apply("member.export.pdf.yes");
                case FALSE -> text.apply("member.export.pdf.no");
                case NULL -> "";
                case ARRAY -> String.join(", ", value.asJsonArray().stream().map(this::format).toList());
                case OBJECT -> value.toString();
            };
        }

        String string(String s) {
            if (s.length() >= 20 && s.length() <= 35 && s.charAt(4) == '-' && s.contains("T")) {
                try {
                    return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                            .withLocale(locale).format(Instant.parse(s).atZone(COUNCIL_ZONE)) + " ("
                            + COUNCIL_ZONE.getId() + ")";
                } catch (DateTimeParseException notAnInstant) {
                    return s;
                }
            }
            if (s.length() == 10 && s.charAt(4) == '-' && s.charAt(7) == '-') {
                try {
                    return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale)
                            .format(LocalDate.parse(s));
                } catch (DateTimeParseException notADate) {
                    return s;
                }
            }
            return s;
        }
    }
}
