package org.nstac.portal.payment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.nstac.portal.it.Api;
import org.nstac.portal.it.Db;
import org.nstac.portal.it.KeycloakUsers;
import org.nstac.portal.it.LedgerCheck;
import org.nstac.portal.it.PortalStack;
import org.nstac.portal.it.Tokens;

/**
 * A receipt usually carries the member's legal name. It is sealed under the member's own data key before it touches
 * the disk, in a file only the portal may read; when the member withdraws, it cannot be opened any more and its file
 * is gone. Checked with a canary name printed on the receipt, searched for in every file the portal and its database
 * keep.
 */
@ExtendWith({PortalStack.class, LedgerCheck.class})
class ReceiptSealingIT {

    @Test
    void aReceiptWithTheLegalNameIsSealedOwnerOnlyAndGoneAfterWithdrawal() throws Exception {
        String canary = "zr" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        String name = "Receipt" + canary + " Marković";
        HttpResponse<String> admitted = Api.send("secretariat", "POST", "/api/members", Json.createObjectBuilder()
                .add("pseudonym", "Swift " + canary.substring(2, 6)).add("language", "sr-Latn").add("adult", true)
                .add("yearsSinceExploitation", 6).add("readiness", Json.createObjectBuilder().add("date", "2026-10-01")
                        .add("organisation", "Independent counselling centre").add("outcome", "READY"))
                .add("legalName", name).add("email", "swift." + canary + "@example.org")
                .add("paidThroughPartner", true).build().toString());
        assertEquals(201, admitted.statusCode(), admitted.body());
        String ref = Tokens.json(admitted.body()).getString("ref");
        String login = Tokens.json(admitted.body()).getString("login");
        String password = "Swift-password-" + canary;
        KeycloakUsers.setPermanentPassword(login, password);
        String token = Tokens.accessToken(login, password);
        assertEquals(200, Api.sendToken(token, "en", "PUT", "/api/me/consents/COUNCIL_WORK", "{\"given\":true}")
                .statusCode());
        int terms = Tokens.json(Api.sendToken(token, "en", "GET", "/api/me/engagement-terms", null).body())
                .getInt("version");
        assertEquals(200, Api.sendToken(token, "en", "POST", "/api/me/engagement-terms/acceptance",
                "{\"version\":" + terms + "}").statusCode(), "a claim needs the engagement terms accepted first");

        String claim = Json.createObjectBuilder().add("kind", "TRAVEL")
                .add("date", LocalDate.now(java.time.ZoneId.of("Europe/Belgrade")).minusDays(1).toString()).add("amount", "1350.00").add("currency", "RSD")
                .add("description", "Train ticket to the hearing")
                .add("receipt", Base64.getEncoder().encodeToString(ticket(name))).build().toString();
        HttpResponse<String> claimed = Api.sendToken(token, "en", "POST", "/api/me/expense-claims", claim,
                "Idempotency-Key", "r-" + UUID.randomUUID());
        assertEquals(201, claimed.statusCode(), claimed.body());
        long payable = Tokens.json(claimed.body()).getJsonNumber("id").longValue();
        HttpResponse<String> opened = Api.send("finance", "GET", "/api/payables/" + payable + "/receipt", null);
        assertEquals(200, opened.statusCode(), "finance opens it while the member is a member");
        assertEquals("application/pdf", opened.headers().firstValue("Content-Type").orElse("").split(";")[0]);

        Path receipts = PortalStack.stack().workDir().resolve("documents/receipts");
        String stored = Db.text("SELECT stored_name FROM payment_receipt WHERE payable_id = " + payable);
        Path file = receipts.resolve(stored);
        assertTrue(Files.exists(file));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)), "owner only");
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(receipts)));
        assertEquals(List.of(), filesHolding(canary), "no file of the portal or its database holds the name in clear");

        HttpResponse<String> withdrawn = Api.send("secretariat", "POST", "/api/members/" + ref + "/withdrawal",
                "{\"confirm\":\"WITHDRAW\"}");
        assertEquals(200, withdrawn.statusCode(), withdrawn.body());
        assertEquals(404, Api.send("finance", "GET", "/api/payables/" + payable + "/receipt", null).statusCode(),
                "finance cannot open it once the member's identity is erased");
        assertFalse(Files.exists(file), "and no receipt file of the member remains");
    }

    /** A ticket as a PDF with its text uncompressed, so that a file holding it in clear would show the name. */
    private static byte[] ticket(String legalName) throws Exception {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        org.openpdf.text.Document doc = new org.openpdf.text.Document();
        var writer = org.openpdf.text.pdf.PdfWriter.getInstance(doc, pdf);
        writer.setCompressionLevel(0);
        doc.open();
        doc.add(new org.openpdf.text.Paragraph("Serbian Railways. Passenger: " + legalName + ". Beograd - Nis, 1350 RSD"));
        doc.close();
        return pdf.toByteArray();
    }

    /** Files under the test stack's folders (documents, logs, the database's data, Payara's) holding the text. */
    private static List<String> filesHolding(String text) throws Exception {
        byte[] needle = text.getBytes(StandardCharsets.UTF_8);
        byte[] lower = text.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8);
        List<String> hits = new ArrayList<>();
        Path work = PortalStack.stack().workDir();
        for (Path root : List.of(work.resolve("documents"), work.resolve("logs"), work.resolve("mariadb/data"),
                work.resolve("portal"), work.resolve("vault"))) {
            if (!Files.exists(root)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(root)) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    byte[] content;
                    try {
                        content = Files.readAllBytes(f);
                    } catch (java.io.IOException gone) {
                        continue;
                    }
                    if (contains(content, needle) || contains(content, lower)) {
                        hits.add(work.relativize(f).toString());
                    }
                }
            }
        }
        return hits;
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
