package org.nstac.portal.payment.receipt;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nstac.portal.payment.receipt.ReceiptFiles.COMMENT_CANARY;
import static org.nstac.portal.payment.receipt.ReceiptFiles.GPS_CANARY;
import static org.nstac.portal.payment.receipt.ReceiptFiles.OWNER_CANARY;
import static org.nstac.portal.payment.receipt.ReceiptFiles.TRAILING_CANARY;
import static org.nstac.portal.payment.receipt.ReceiptFiles.XMP_CANARY;
import static org.nstac.portal.payment.receipt.ReceiptFiles.latin1;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.awt.image.DataBuffer;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.nstac.portal.shared.DomainRuleViolation;
import org.openpdf.text.Image;
import org.openpdf.text.pdf.PRStream;
import org.openpdf.text.pdf.PdfAction;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfObject;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.PdfStamper;
import org.openpdf.text.pdf.PdfString;

class ReceiptCheckTest {

    private static final List<String> CANARIES =
            List.of(GPS_CANARY, OWNER_CANARY, COMMENT_CANARY, XMP_CANARY, TRAILING_CANARY);

    // ---- photos

    @Test
    void aPhonePhotoKeepsItsPictureAndLosesItsExifXmpCommentAndTrailingData() {
        byte[] upload = ReceiptFiles.phonePhoto(64, 48, 1);
        assertTrue(latin1(upload).contains(GPS_CANARY), "the test photo carries its canaries");

        Receipt receipt = ReceiptCheck.check(upload);

        assertEquals("image/jpeg", receipt.contentType());
        assertEquals("jpg", receipt.extension());
        assertNoCanary(receipt.content());
        BufferedImage stored = ReceiptFiles.decode(receipt.content());
        assertEquals(64, stored.getWidth());
        assertEquals(48, stored.getHeight());
        assertReddish(stored.getRGB(5, 5));
        assertWhitish(stored.getRGB(58, 42));
    }

    @ParameterizedTest(name = "orientation {0}: the red corner ends {1}")
    @CsvSource({"1, top left, false", "2, top right, false", "3, bottom right, false", "4, bottom left, false",
            "5, top left, true", "6, top right, true", "7, bottom right, true", "8, bottom left, true"})
    void aPhotoThePhoneStoredTurnedOrMirroredIsStoredUpright(int orientation, String corner, boolean turned) {
        // The stored picture's red quarter is its top left; the EXIF orientation says where that belongs.
        Receipt receipt = ReceiptCheck.check(ReceiptFiles.phonePhoto(64, 48, orientation));

        BufferedImage stored = ReceiptFiles.decode(receipt.content());
        int width = turned ? 48 : 64;
        int height = turned ? 64 : 48;
        assertEquals(width, stored.getWidth());
        assertEquals(height, stored.getHeight());
        int x = corner.endsWith("left") ? 5 : width - 6;
        int y = corner.startsWith("top") ? 5 : height - 6;
        assertReddish(stored.getRGB(x, y));
        assertWhitish(stored.getRGB(width - 1 - x, height - 1 - y));
        assertNoCanary(receipt.content());
    }

    @Test
    void aPngLosesItsTextExifAndTimeChunks() {
        byte[] upload = ReceiptFiles.afterIhdr(ReceiptFiles.png(40, 30),
                ReceiptFiles.chunk("tEXt", ("Author\0" + OWNER_CANARY).getBytes(StandardCharsets.ISO_8859_1)),
                ReceiptFiles.chunk("iTXt", ("XML:com.adobe.xmp\0\0\0\0\0" + ReceiptFiles.xmp())
                        .getBytes(StandardCharsets.UTF_8)),
                ReceiptFiles.chunk("eXIf", ("MM\0*" + GPS_CANARY).getBytes(StandardCharsets.ISO_8859_1)),
                ReceiptFiles.chunk("tIME", new byte[] {0x07, (byte) 0xEA, 5, 22, 8, 42, 0}));

        Receipt receipt = ReceiptCheck.check(upload);

        assertEquals("image/png", receipt.contentType());
        assertEquals("png", receipt.extension());
        assertNoCanary(receipt.content());
        assertFalse(latin1(receipt.content()).contains("tIME"));
        BufferedImage stored = ReceiptFiles.decode(receipt.content());
        assertEquals(40, stored.getWidth());
        assertEquals(30, stored.getHeight());
        assertEquals(Color.RED.getRGB(), stored.getRGB(3, 3));
    }

    @Test
    void aCmykJpegBecomesRgbOrIsUnreadableButNeverBreaksTheCheck() {
        // Java's JPEG decoder reads CMYK only in recent versions; either outcome is fine, a crash is not.
        WritableRaster cmyk = Raster.createInterleavedRaster(DataBuffer.TYPE_BYTE, 32, 32, 4, null);
        byte[] upload = writeRaster(cmyk);
        try {
            BufferedImage stored = ReceiptFiles.decode(ReceiptCheck.check(upload).content());
            assertEquals(3, stored.getColorModel().getNumComponents());
            assertEquals(32, stored.getWidth());
        } catch (DomainRuleViolation refused) {
            assertEquals(ReceiptCheck.UNREADABLE, refused.key());
        }
    }

    @Test
    void aTruncatedPhotoIsUnreadable() {
        byte[] jpeg = ReceiptFiles.jpeg(64, 48);
        byte[] png = ReceiptFiles.png(64, 48);
        assertRule(ReceiptCheck.UNREADABLE, () -> ReceiptCheck.check(Arrays.copyOf(jpeg, jpeg.length / 2)));
        assertRule(ReceiptCheck.UNREADABLE, () -> ReceiptCheck.check(Arrays.copyOf(jpeg, jpeg.length - 2)));
        assertRule(ReceiptCheck.UNREADABLE, () -> ReceiptCheck.check(Arrays.copyOf(png, png.length / 2)));
        assertRule(ReceiptCheck.UNREADABLE, () -> ReceiptCheck.check(Arrays.copyOf(jpeg, 3)));
    }

    @Test
    void aHugePictureInASmallFileIsRefusedBeforeItIsDecoded() {
        // Decoding 50,000 x 50,000 pixels would take 7.5 GB; the header alone must be enough to refuse it.
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            DomainRuleViolation png = assertRule(ReceiptCheck.DIMENSIONS,
                    () -> ReceiptCheck.check(ReceiptFiles.pngHeaderOnly(50_000, 50_000)));
            assertEquals(List.of(ImageReceipts.MAX_SIDE, ImageReceipts.MAX_MEGAPIXELS), png.args());
            assertRule(ReceiptCheck.DIMENSIONS,
                    () -> ReceiptCheck.check(ReceiptFiles.jpegDeclaring(ReceiptFiles.jpeg(16, 16), 60_000, 60_000)));
        });
    }

    @Test
    void aPictureWithinTheSideLimitButOverTheMegapixelsIsRefused() {
        assertRule(ReceiptCheck.DIMENSIONS, () -> ReceiptCheck.check(ReceiptFiles.pngHeaderOnly(8_000, 6_000)));
        assertRule(ReceiptCheck.DIMENSIONS, () -> ReceiptCheck.check(ReceiptFiles.pngHeaderOnly(12_001, 10)));
    }

    // ---- PDFs

    @ParameterizedTest(name = "object streams: {0}")
    @ValueSource(booleans = {false, true})
    void aPdfKeepsItsPagesAndLosesItsInformationAndXmp(boolean fullCompression) throws Exception {
        byte[] upload = ReceiptFiles.pdf(2, (document, writer) -> {
            if (fullCompression) {
                writer.setFullCompression();
            }
            document.addAuthor(OWNER_CANARY);
            document.addTitle(GPS_CANARY);
            document.addSubject(COMMENT_CANARY);
            document.addKeywords(COMMENT_CANARY);
            document.addCreator(OWNER_CANARY);
            writer.setXmpMetadata(ReceiptFiles.xmp().getBytes(StandardCharsets.UTF_8));
        }, (document, writer) -> writer.setPageXmpMetadata(ReceiptFiles.xmp().getBytes(StandardCharsets.UTF_8)));
        try (PdfReader original = new PdfReader(upload)) {
            assertEquals(OWNER_CANARY, original.getInfo().get("Author"), "the test PDF carries its canaries");
            assertNotNull(original.getMetadata());
        }

        Receipt receipt = ReceiptCheck.check(upload);

        assertEquals("application/pdf", receipt.contentType());
        assertEquals("pdf", receipt.extension());
        assertNoCanary(receipt.content());
        try (PdfReader stored = new PdfReader(receipt.content())) {
            assertEquals(2, stored.getNumberOfPages());
            Map<String, String> info = stored.getInfo();
            for (String key : List.of("Author", "Title", "Subject", "Keywords", "Creator")) {
                assertFalse(info.containsKey(key), key + " was removed: " + info);
            }
            assertFalse(String.valueOf(info.get("Producer")).contains("CANARY"));
            assertNull(stored.getMetadata());
            assertNull(stored.getPageN(1).get(PdfName.METADATA));
        }
    }

    @Test
    void aPhotoInsideAPdfLosesItsExifButStillShows() throws Exception {
        byte[] photo = ReceiptFiles.phonePhoto(64, 48, 1);
        byte[] upload = ReceiptFiles.pdf(1, (document, writer) -> { },
                (document, writer) -> document.add(Image.getInstance(photo)));
        assertTrue(latin1(upload).contains(GPS_CANARY), "OpenPDF embeds the camera's file as it is");

        byte[] stored = ReceiptCheck.check(upload).content();

        assertNoCanary(stored);
        try (PdfReader reader = new PdfReader(stored)) {
            byte[] embedded = null;
            for (int number = 1; number < reader.getXrefSize(); number++) {
                PdfObject object = reader.getPdfObject(number);
                if (object instanceof PRStream stream && PdfName.DCTDECODE.equals(stream.get(PdfName.FILTER))) {
                    embedded = PdfReader.getStreamBytesRaw(stream);
                }
            }
            assertNotNull(embedded, "the photo is still in the PDF");
            BufferedImage shown = ReceiptFiles.decode(embedded);
            assertEquals(64, shown.getWidth());
            assertEquals(48, shown.getHeight());
        }
    }

    @Test
    void anEarlierRevisionOfAPdfIsNotKept() throws Exception {
        // An incremental save appends the new author and leaves the old one in the file.
        byte[] first = ReceiptFiles.pdf(1, (document, writer) -> document.addAuthor(OWNER_CANARY),
                (document, writer) -> { });
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PdfReader reader = new PdfReader(first)) {
            PdfStamper stamper = new PdfStamper(reader, out, null, true);
            stamper.setInfoDictionary(Map.of("Author", "Someone else"));
            stamper.close();
        }
        byte[] upload = out.toByteArray();
        assertTrue(latin1(upload).contains(OWNER_CANARY), "the old revision is still in the upload");

        assertNoCanary(ReceiptCheck.check(upload).content());
    }

    @Test
    void anObjectNothingRefersToIsNotKept() throws Exception {
        // A PDF editor can leave the old author behind in an object that nothing points to any more.
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PdfReader reader = new PdfReader(ReceiptFiles.pdf(1))) {
            PdfDictionary orphan = new PdfDictionary();
            orphan.put(PdfName.AUTHOR, new PdfString(OWNER_CANARY));
            reader.addPdfObject(orphan);
            new PdfStamper(reader, out).close();
        }
        byte[] upload = out.toByteArray();
        assertTrue(latin1(upload).contains(OWNER_CANARY), "the orphan is in the upload");

        assertNoCanary(ReceiptCheck.check(upload).content());
    }

    @Test
    void aPdfThatWantsToRunOrCarrySomethingIsRefused() {
        byte[] openAction = ReceiptFiles.pdf(1, (document, writer) -> { },
                (document, writer) -> writer.setOpenAction(PdfAction.javaScript("app.alert('hello');", writer)));
        byte[] documentScript = ReceiptFiles.pdf(1, (document, writer) -> { },
                (document, writer) -> writer.addJavaScript("app.alert('hello');"));
        byte[] attachment = ReceiptFiles.pdf(1, (document, writer) -> { },
                (document, writer) -> writer.addFileAttachment("notes", "a".getBytes(StandardCharsets.US_ASCII),
                        null, "notes.txt"));

        assertRule(ReceiptCheck.ACTIVE, () -> ReceiptCheck.check(openAction));
        assertRule(ReceiptCheck.ACTIVE, () -> ReceiptCheck.check(documentScript));
        assertRule(ReceiptCheck.ACTIVE, () -> ReceiptCheck.check(attachment));
    }

    @Test
    void aPdfWithALinkToAShopIsAccepted() {
        byte[] link = ReceiptFiles.pdf(1, (document, writer) -> { },
                (document, writer) -> writer.setOpenAction(new PdfAction("https://shop.example/receipt")));
        assertEquals(1, pages(ReceiptCheck.check(link).content()));
    }

    @Test
    void anEncryptedPdfIsRefused() {
        // OpenPDF cannot write an encrypted file without BouncyCastle, so the encryption dictionary is added to the
        // trailer of a plain PDF by hand, as a protected PDF carries it.
        String plain = latin1(ReceiptFiles.pdf(1));
        int dictionary = plain.indexOf("<<", plain.lastIndexOf("trailer")) + 2;
        String key = "0".repeat(64);
        String encrypted = plain.substring(0, dictionary)
                + "/Encrypt <</Filter/Standard/V 2/R 3/Length 128/O <" + key + ">/U <" + key + ">/P -3904>>"
                + plain.substring(dictionary);
        assertRule(ReceiptCheck.ENCRYPTED, () -> ReceiptCheck.check(encrypted.getBytes(StandardCharsets.ISO_8859_1)));
    }

    @Test
    void aFileThatOnlyStartsLikeAPdfIsUnreadable() {
        byte[] fake = "%PDF-1.7\nnothing of a PDF follows, only a shopping list".getBytes(StandardCharsets.US_ASCII);
        assertRule(ReceiptCheck.UNREADABLE, () -> ReceiptCheck.check(fake));
        byte[] pdf = ReceiptFiles.pdf(1);
        assertRule(ReceiptCheck.UNREADABLE, () -> ReceiptCheck.check(Arrays.copyOf(pdf, 40)));
    }

    @Test
    void aPdfNestedDeepEnoughToOverflowTheParserIsUnreadable() {
        byte[] deep = ("%PDF-1.4\n1 0 obj\n" + "[".repeat(200_000) + "\nendobj\ntrailer\n<</Root 1 0 R>>\n%%EOF")
                .getBytes(StandardCharsets.US_ASCII);
        assertRule(ReceiptCheck.UNREADABLE, () -> ReceiptCheck.check(deep));
    }

    // ---- what is not a receipt at all

    @Test
    void contentThatIsNeitherAPhotoNorAPdfIsRefusedWhateverItIsCalled() {
        for (String content : List.of("Račun: taksi 1200 RSD", "<html><img src=x onerror=alert(1)></html>",
                "GIF89a", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>", " %PDF-1.7")) {
            assertRule(ReceiptCheck.TYPE, () -> ReceiptCheck.check(content.getBytes(StandardCharsets.UTF_8)));
        }
        assertRule(ReceiptCheck.TYPE, () -> ReceiptCheck.check(new byte[] {(byte) 0xFF, (byte) 0xD8}));
    }

    @Test
    void anEmptyUploadIsRefused() {
        assertRule(ReceiptCheck.EMPTY, () -> ReceiptCheck.check(new byte[0]));
    }

    @Test
    void anUploadOverFiveMegabytesIsRefusedBeforeItIsLookedAt() {
        byte[] jpeg = ReceiptFiles.jpeg(16, 16);
        byte[] tooLarge = Arrays.copyOf(jpeg, (int) ReceiptCheck.MAX_BYTES + 1);
        DomainRuleViolation violation = assertRule(ReceiptCheck.TOO_LARGE, () -> ReceiptCheck.check(tooLarge));
        assertEquals(List.of(5), violation.args());
    }

    @Test
    void theStoredBytesCannotBeChangedFromOutside() {
        Receipt receipt = ReceiptCheck.check(ReceiptFiles.jpeg(16, 16));
        byte[] copy = receipt.content();
        Arrays.fill(copy, (byte) 0);
        assertFalse(Arrays.equals(copy, receipt.content()));
        assertEquals(receipt, new Receipt(receipt.content(), "image/jpeg", "jpg"));
        assertArrayEquals(receipt.content(), receipt.content());
    }

    // ---- helpers

    private interface Action {
        void run() throws Exception;
    }

    private static DomainRuleViolation assertRule(String key, Action action) {
        DomainRuleViolation violation = assertThrows(DomainRuleViolation.class, action::run);
        assertEquals(key, violation.key());
        return violation;
    }

    private static void assertNoCanary(byte[] stored) {
        String text = latin1(stored);
        for (String canary : CANARIES) {
            assertFalse(text.contains(canary), canary + " survived");
        }
        assertFalse(text.contains("CANARY"), "no canary survived");
    }

    private static void assertReddish(int rgb) {
        Color color = new Color(rgb);
        assertTrue(color.getRed() > 200 && color.getGreen() < 60 && color.getBlue() < 60, "red: " + color);
    }

    private static void assertWhitish(int rgb) {
        Color color = new Color(rgb);
        assertTrue(color.getRed() > 200 && color.getGreen() > 200 && color.getBlue() > 200, "white: " + color);
    }

    private static int pages(byte[] pdf) {
        try (PdfReader reader = new PdfReader(pdf)) {
            return reader.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] writeRaster(Raster raster) {
        try {
            ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
                writer.setOutput(stream);
                writer.write(null, new IIOImage(raster, null, null), null);
            } finally {
                writer.dispose();
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
