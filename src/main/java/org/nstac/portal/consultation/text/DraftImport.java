package org.nstac.portal.consultation.text;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.text.LineBreakRendering;
import org.commonmark.renderer.text.TextContentRenderer;
import org.nstac.portal.shared.DomainRuleViolation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDecimalNumber;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrBase;

/**
 * Turns an uploaded draft (Markdown or Word DOCX) into {@link DraftSection}s: each first- or second-level heading
 * starts a section, and the paragraphs under it become its text, joined with a blank line. Deeper headings stay
 * inside their section's text, because members comment on sections and a section per sub-heading would scatter
 * the discussion.
 *
 * <p>Text before the first heading becomes a section with the empty heading {@link #PREAMBLE_HEADING}, but only
 * when there is such text; the page names it in the reader's language. Only words are kept: formatting, links
 * (shown as their text and address), images and scripts in the file are dropped or left as literal text.
 *
 * <p>Why the checks: the file comes from outside. A file that is not what it claims (random bytes, a PDF renamed
 * {@code .docx}, a Markdown file that is not UTF-8) is refused as {@value #UNREADABLE}; a file with no headings
 * cannot be split into sections ({@value #NO_SECTIONS}); more than {@value #MAX_MEGABYTES} MB is refused before
 * parsing ({@value #TOO_LARGE}). A DOCX is a zip file, so a small upload can unpack to gigabytes: POI's zip guard
 * ({@link ZipSecureFile}) refuses entries that inflate more than {@code 1 / MIN_INFLATE_RATIO} times or to more
 * than {@link #MAX_UNPACKED_ENTRY_BYTES}. Those limits are global to the JVM; they are only ever tightened here.
 * None of the violations carries the file's content.
 */
public final class DraftImport {

    /** Largest upload accepted, in megabytes: a long draft law in Word is well under 1 MB. */
    public static final int MAX_MEGABYTES = 5;

    /** Largest size one part of a DOCX may unpack to (the text part of a 300-page draft is a few megabytes). */
    public static final long MAX_UNPACKED_ENTRY_BYTES = 50L * 1024 * 1024;

    /** Smallest compressed-to-unpacked ratio accepted for a DOCX part (POI's default: 100 times at most). */
    public static final double MIN_INFLATE_RATIO = 0.01;

    /** The heading of the text before the first heading; the caller shows it as "Preamble" in its language. */
    public static final String PREAMBLE_HEADING = "";

    /** The heading levels that start a section; deeper headings stay in the text. */
    public static final int SECTION_HEADING_LEVELS = 2;

    public static final String UNREADABLE = "consultation.import.unreadable";
    public static final String NO_SECTIONS = "consultation.import.noSections";
    public static final String TOO_LARGE = "consultation.import.tooLarge";

    private static final Logger LOG = Logger.getLogger(DraftImport.class.getName());

    /** Word's built-in heading names ("heading 1") and POI's style ids ("Heading1"); "Title" counts as level 1. */
    private static final Pattern HEADING_NAME = Pattern.compile("heading\\s*([1-9])");

    /** Outline level 9 in Word means "body text". */
    private static final int BODY_TEXT_OUTLINE_LEVEL = 9;

    /** How far a chain of "based on" styles is followed; Word's own chains are two or three deep. */
    private static final int MAX_STYLE_CHAIN = 10;

    private static final Parser MARKDOWN = Parser.builder().maxOpenBlockParsers(64).maxInlineNesting(32).build();

    private static final TextContentRenderer PLAIN_TEXT =
            TextContentRenderer.builder().lineBreakRendering(LineBreakRendering.SEPARATE_BLOCKS).build();

    static {
        ZipSecureFile.setMinInflateRatio(Math.max(ZipSecureFile.getMinInflateRatio(), MIN_INFLATE_RATIO));
        ZipSecureFile.setMaxEntrySize(Math.min(ZipSecureFile.getMaxEntrySize(), MAX_UNPACKED_ENTRY_BYTES));
    }

    /** The kinds of file a draft can be uploaded as. */
    public enum Format {
        MARKDOWN,
        DOCX;

        /** The format a file name's extension claims ({@code .md}, {@code .markdown}, {@code .docx}); the content is
         * still checked. */
        public static Optional<Format> ofFileName(String fileName) {
            if (fileName == null) {
                return Optional.empty();
            }
            String name = fileName.strip().toLowerCase(Locale.ROOT);
            if (name.endsWith(".md") || name.endsWith(".markdown")) {
                return Optional.of(MARKDOWN);
            }
            if (name.endsWith(".docx")) {
                return Optional.of(DOCX);
            }
            return Optional.empty();
        }
    }

    private DraftImport() {
    }

    /**
     * Reads an upload of the given format, never more than {@value #MAX_MEGABYTES} MB of it.
     *
     * @return the sections in document order; never empty
     * @throws DomainRuleViolation {@value #TOO_LARGE} (with the limit in MB), {@value #UNREADABLE} or
     *                             {@value #NO_SECTIONS}
     * @throws IOException         when the upload stream itself fails (not when its content is bad)
     */
    public static List<DraftSection> read(Format format, InputStream upload) throws IOException {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(upload, "upload");
        byte[] content = Uploads.readAtMost(upload, MAX_MEGABYTES, TOO_LARGE);
        return switch (format) {
            case MARKDOWN -> fromMarkdown(content);
            case DOCX -> fromDocx(content);
        };
    }

    /**
     * A Markdown file's bytes, which must be UTF-8 (a byte order mark is allowed).
     *
     * @throws DomainRuleViolation {@value #TOO_LARGE}, {@value #UNREADABLE} (not UTF-8) or {@value #NO_SECTIONS}
     */
    public static List<DraftSection> fromMarkdown(byte[] utf8) {
        Objects.requireNonNull(utf8, "utf8");
        Uploads.requireAtMost(utf8.length, MAX_MEGABYTES, TOO_LARGE);
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(utf8))
                    .toString();
        } catch (CharacterCodingException notUtf8) {
            throw new DomainRuleViolation(UNREADABLE);
        }
        return fromMarkdown(text);
    }

    /**
     * Markdown text already in memory (for example pasted into a form).
     *
     * @throws DomainRuleViolation {@value #TOO_LARGE} (measured in UTF-8 bytes) or {@value #NO_SECTIONS}
     */
    public static List<DraftSection> fromMarkdown(String markdown) {
        Objects.requireNonNull(markdown, "markdown");
        Uploads.requireAtMost(utf8Length(markdown), MAX_MEGABYTES, TOO_LARGE);
        String text = markdown.startsWith("\uFEFF") ? markdown.substring(1) : markdown;
        Node document = MARKDOWN.parse(text);
        Sections sections = new Sections();
        for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
            if (block instanceof Heading heading && heading.getLevel() <= SECTION_HEADING_LEVELS) {
                sections.heading(PLAIN_TEXT.render(heading));
            } else {
                sections.paragraph(PLAIN_TEXT.render(block));
            }
        }
        return sections.result();
    }

    /**
     * A Word (DOCX) file's bytes. Headings are paragraphs whose style is a heading of level 1 or 2 or the title,
     * recognised by Word's built-in style name (which Word keeps in English in every language), by the style id
     * (which documents written by other tools use alone), by the outline level, or through the style it is based
     * on. Tables become one line per row, cells separated by {@code " | "}. Headers, footers, footnotes, comments and
 * text boxes are left out: they are not the draft's text.
     *
     * @throws DomainRuleViolation {@value #TOO_LARGE}, {@value #UNREADABLE} (not a DOCX, damaged, encrypted, or a
     *                             zip bomb) or {@value #NO_SECTIONS}
     */
    public static List<DraftSection> fromDocx(byte[] docx) {
        Objects.requireNonNull(docx, "docx");
        Uploads.requireAtMost(docx.length, MAX_MEGABYTES, TOO_LARGE);
        Sections sections = new Sections();
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            XWPFStyles styles = document.getStyles();
            for (IBodyElement element : document.getBodyElements()) {
                switch (element) {
                    case XWPFParagraph paragraph -> addParagraph(sections, paragraph, styles);
                    case XWPFTable table -> sections.paragraph(tableText(table));
                    case XWPFSDT contentControl -> sections.paragraph(contentControl.getContent().getText());
                    default -> {
                        // other body elements carry no draft text
                    }
                }
            }
        } catch (IOException | RuntimeException unreadable) {
            // The cause's message may quote the file; only its kind is logged.
            LOG.log(Level.FINE, "DOCX upload refused as unreadable: {0}", unreadable.getClass().getName());
            throw new DomainRuleViolation(UNREADABLE);
        }
        return sections.result();
    }

    private static void addParagraph(Sections sections, XWPFParagraph paragraph, XWPFStyles styles) {
        String text = paragraph.getText();
        OptionalInt level = headingLevel(paragraph, styles);
        if (level.isPresent() && level.getAsInt() <= SECTION_HEADING_LEVELS) {
            sections.heading(text);
        } else {
            sections.paragraph(text);
        }
    }

    /**
     * The heading level (1 for the title and the top heading), or empty for body text. The paragraph's own outline
     * level wins; then its style's, walking the "based on" chain.
     */
    private static OptionalInt headingLevel(XWPFParagraph paragraph, XWPFStyles styles) {
        OptionalInt direct = outlineLevel(paragraph.getCTP().getPPr());
        if (direct.isPresent()) {
            return direct;
        }
        String styleId = paragraph.getStyleID();
        for (int depth = 0; styleId != null && depth < MAX_STYLE_CHAIN; depth++) {
            XWPFStyle style = styles == null ? null : styles.getStyle(styleId);
            if (style == null) {
                // No styles part (documents written by tools, not Word): the id is all there is.
                return levelFromName(styleId);
            }
            OptionalInt level = style.getCTStyle().isSetPPr() ? outlineLevel(style.getCTStyle().getPPr())
                    : OptionalInt.empty();
            if (level.isEmpty()) {
                level = levelFromName(style.getName());
            }
            if (level.isEmpty()) {
                level = levelFromName(styleId);
            }
            if (level.isPresent()) {
                return level;
            }
            styleId = style.getBasisStyleID();
        }
        return OptionalInt.empty();
    }

    private static OptionalInt outlineLevel(CTPPrBase properties) {
        if (properties == null || !properties.isSetOutlineLvl()) {
            return OptionalInt.empty();
        }
        CTDecimalNumber outline = properties.getOutlineLvl();
        BigInteger value = outline.getVal();
        if (value == null || value.signum() < 0 || value.intValue() >= BODY_TEXT_OUTLINE_LEVEL) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(value.intValue() + 1);
    }

    private static OptionalInt levelFromName(String name) {
        if (name == null) {
            return OptionalInt.empty();
        }
        String normalised = name.strip().toLowerCase(Locale.ROOT);
        if (normalised.equals("title")) {
            return OptionalInt.of(1);
        }
        Matcher matcher = HEADING_NAME.matcher(normalised);
        return matcher.matches() ? OptionalInt.of(Integer.parseInt(matcher.group(1))) : OptionalInt.empty();
    }

    private static String tableText(XWPFTable table) {
        List<String> rows = new ArrayList<>();
        for (XWPFTableRow row : table.getRows()) {
            List<String> cells = new ArrayList<>();
            for (XWPFTableCell cell : row.getTableCells()) {
                cells.add(cell.getText().strip().replaceAll("\\s*\\R\\s*", " "));
            }
            rows.add(String.join(" | ", cells));
        }
        return String.join("\n", rows);
    }

    private static long utf8Length(CharSequence text) {
        // Counted without encoding the whole text: the limit is checked before any copy is made.
        long bytes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                bytes += 1;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c)) {
                bytes += 4;
                i++;
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }

    /** Collects paragraphs under the current heading; the text before the first heading is the preamble. */
    private static final class Sections {

        private final List<DraftSection> done = new ArrayList<>();
        private final List<String> paragraphs = new ArrayList<>();
        private String heading;

        /** A heading with no words starts nothing: its section could not be told from the preamble. */
        void heading(String text) {
            String stripped = text.strip();
            if (stripped.isEmpty()) {
                return;
            }
            close();
            heading = stripped;
        }

        void paragraph(String text) {
            String stripped = text.strip();
            if (!stripped.isEmpty()) {
                paragraphs.add(stripped);
            }
        }

        private void close() {
            String body = String.join("\n\n", paragraphs);
            paragraphs.clear();
            if (heading != null) {
                done.add(new DraftSection(heading, body));
            } else if (!body.isEmpty()) {
                done.add(new DraftSection(PREAMBLE_HEADING, body));
            }
        }

        List<DraftSection> result() {
            close();
            if (heading == null) {
                throw new DomainRuleViolation(NO_SECTIONS);
            }
            return List.copyOf(done);
        }
    }
}
