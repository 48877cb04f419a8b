package org.nstac.portal.devstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonString;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The council's sign-in theme (keycloak/themes/nstac/login): every text a person can meet on its pages is there in
 * English and in Serbian, in files Keycloak reads for the realm's languages. Keycloak's own templates come from the
 * distribution Maven fetched (target/dist/keycloak.zip), so that a Keycloak upgrade that adds a text to one of these
 * pages fails here rather than showing English on a Serbian page.
 */
class KeycloakThemeTest {

    private static final Path THEME = Path.of("keycloak/themes/nstac/login");
    private static final Path REALM = Path.of("keycloak/nstac-realm.json");

    /**
     * Keycloak's templates (keycloak.v2, else base) that the council's pages use as they are: signing in, choosing a
     * new password, errors, information, an expired page, the sign-out question, and the macros they call. Passkeys,
     * registration and identity providers are not in this realm's flows.
     */
    private static final List<String> STOCK_TEMPLATES = List.of("login.ftl", "login-update-password.ftl",
            "password-commons.ftl", "password-validation.ftl", "field.ftl", "buttons.ftl", "error.ftl", "info.ftl",
            "login-page-expired.ftl", "logout-confirm.ftl");

    /**
     * Texts that Keycloak's code (not a template) puts on these pages in this realm's flows, or that the templates
     * name through a variable: refusals, required actions, the authenticator apps and OTP types.
     */
    private static final List<String> MESSAGES_FROM_KEYCLOAK = List.of(
            "invalidUserMessage", "invalidPasswordMessage", "accountDisabledMessage",
            "accountTemporarilyDisabledMessage", "accountPermanentlyDisabledMessage",
            "accountTemporarilyDisabledMessageTotp", "accountPermanentlyDisabledMessageTotp", "invalidTotpMessage",
            "missingTotpMessage", "missingTotpDeviceNameMessage", "missingPasswordMessage", "notMatchPasswordMessage",
            "invalidPasswordConfirmMessage", "invalidPasswordMinLengthMessage", "invalidPasswordMaxLengthMessage",
            "invalidPasswordNotUsernameMessage", "invalidPasswordHistoryMessage", "invalidPasswordGenericMessage",
            "expiredCodeMessage", "expiredActionMessage", "expiredActionTokenNoSessionMessage",
            "expiredActionTokenSessionExistsMessage", "loginTimeout", "cookieNotFoundMessage", "staleCodeMessage",
            "invalidCodeMessage", "sessionNotActiveMessage", "insufficientLevelOfAuthentication",
            "invalidRequestMessage", "invalidParameterMessage", "invalidRedirectUriMessage", "clientNotFoundMessage",
            "clientDisabledMessage", "alreadyLoggedIn", "differentUserAuthenticated", "successLogout", "failedLogout",
            "updatePasswordMessage", "configureTotpMessage", "accountUpdatedMessage", "accountPasswordUpdatedMessage",
            "requiredAction.CONFIGURE_TOTP", "requiredAction.UPDATE_PASSWORD",
            "loginTotp.totp", "loginTotp.hotp", "totpAppFreeOTPName", "totpAppGoogleName",
            "totpAppMicrosoftAuthenticatorName");

    private static final Pattern MSG = Pattern.compile("\\bmsg(?:Str)?\\(\\s*(?:\"([^\"]+)\"|'([^']+)')");
    private static final Pattern BUTTON_LABEL = Pattern.compile("<@buttons\\.button(?:Link)?\\b[^>]*?\\blabel=\"([^\"]+)\"");

    private static Map<String, String> stock;

    @BeforeAll
    static void readKeycloaksThemes() throws IOException {
        stock = keycloakLoginThemes();
    }

    @Test
    void everyTextTheSignInPagesUseIsThereInEnglishAndSerbian() throws IOException {
        Set<String> keys = new TreeSet<>(MESSAGES_FROM_KEYCLOAK);
        try (Stream<Path> files = Files.list(THEME)) {
            for (Path template : files.filter(f -> f.toString().endsWith(".ftl")).toList()) {
                keys.addAll(keysIn(Files.readString(template)));
            }
        }
        for (String name : STOCK_TEMPLATES) {
            assertFalse(Files.exists(THEME.resolve(name)), name + " is overridden: take it off the stock list");
            keys.addAll(keysIn(stockTemplate(name)));
        }
        assertTrue(keys.contains("doLogIn") && keys.contains("nstacQuickExit") && keys.contains("passwordNew"),
                "the scan finds the keys of the templates: " + keys);
        for (String file : List.of("messages_en.properties", "messages_sr_Latn.properties")) {
            Properties messages = messages(file);
            List<String> missing = keys.stream().filter(k -> !messages.containsKey(k)).toList();
            assertEquals(List.of(), missing, "texts missing from " + file);
        }
    }

    @Test
    void bothLanguagesHaveTheSameTexts() throws IOException {
        Set<String> english = messages("messages_en.properties").stringPropertyNames();
        Set<String> serbian = messages("messages_sr_Latn.properties").stringPropertyNames();
        assertEquals(List.of(), english.stream().filter(k -> !serbian.contains(k)).sorted().toList(), "only English");
        assertEquals(List.of(), serbian.stream().filter(k -> !english.contains(k)).sorted().toList(), "only Serbian");
    }

    /** Keycloak runs every text through MessageFormat, where a single apostrophe starts a quote and vanishes. */
    @Test
    void everyTextSurvivesMessageFormat() throws IOException {
        for (String file : List.of("messages_en.properties", "messages_sr_Latn.properties")) {
            Properties messages = messages(file);
            for (String key : messages.stringPropertyNames()) {
                String value = messages.getProperty(key);
                assertFalse(value.replace("''", "").contains("'"), file + " " + key + ": write '' for an apostrophe");
                String formatted = new MessageFormat(value, Locale.ROOT).format(new Object[] {"X"});
                assertFalse(formatted.contains("{") || formatted.contains("''"), file + " " + key + ": " + formatted);
            }
        }
        assertEquals("Survivors' Council Portal", new MessageFormat(messages("messages_en.properties")
                .getProperty("nstacPortalName")).format(new Object[0]));
    }

    /**
     * Keycloak reads messages_{bundle name of the tag}.properties (as ResourceBundle names it: sr-Latn is sr_Latn), so
     * a Serbian file under another name would leave the pages in English.
     */
    @Test
    void eachLanguageOfTheRealmHasTheFileKeycloakReadsForIt() throws IOException {
        ResourceBundle.Control control = ResourceBundle.Control.getControl(ResourceBundle.Control.FORMAT_DEFAULT);
        try (Reader in = Files.newBufferedReader(REALM)) {
            for (JsonString tag : Json.createReader(in).readObject().getJsonArray("supportedLocales")
                    .getValuesAs(JsonString.class)) {
                String bundle = control.toBundleName("messages", Locale.forLanguageTag(tag.getString()));
                assertTrue(Files.isRegularFile(THEME.resolve("messages").resolve(bundle + ".properties")),
                        "messages for " + tag.getString() + ": " + bundle + ".properties");
            }
        }
        assertTrue(messages("messages_sr_Latn.properties").getProperty("loginAccountTitle").equals("Prijava"));
        assertTrue(messages("messages_sr_Latn.properties").getProperty("nstacPortalName").contains("preživelih"),
                "read as UTF-8, as Keycloak does");
    }

    /** The theme overrides Keycloak's templates by name: a renamed one in a Keycloak upgrade would go unused. */
    @Test
    void theThemeExtendsKeycloaksLoginThemeAndOverridesTemplatesItHas() throws IOException {
        Properties theme = new Properties();
        try (Reader in = Files.newBufferedReader(THEME.resolve("theme.properties"))) {
            theme.load(in);
        }
        assertEquals("keycloak.v2", theme.getProperty("parent"));
        assertTrue(stock.containsKey("keycloak.v2/theme.properties"), "Keycloak still has the keycloak.v2 theme");
        assertTrue(List.of(theme.getProperty("locales").split(",")).contains("sr-Latn"));
        assertEquals("false", theme.getProperty("darkMode"), "the portal's colours are checked on white only");
        try (Stream<Path> files = Files.list(THEME)) {
            for (Path template : files.filter(f -> f.toString().endsWith(".ftl")).toList()) {
                assertNotNull(stockTemplateOrNull(template.getFileName().toString()),
                        template.getFileName() + " overrides a template Keycloak has");
            }
        }
        for (String resource : List.of("css/nstac.css", "js/quick-exit.js")) {
            assertTrue(Files.isRegularFile(THEME.resolve("resources").resolve(resource)), resource);
            assertTrue(theme.getProperty("styles").contains(resource) || theme.getProperty("scripts").contains(resource),
                    resource + " is loaded");
        }
    }

    /** Quick exit and the way back are in the frame of every page, in the portal's words, without inline scripts. */
    @Test
    void everyPageCarriesQuickExitAndTheWayBackToThePortal() throws IOException {
        String template = Files.readString(THEME.resolve("template.ftl"));
        assertTrue(template.contains("id=\"quick-exit\"") && template.contains("data-exit-url=\"${quickExitUrl}\""));
        assertTrue(template.contains("realm.getAttribute(\"quickExitUrl\")"), "the neutral site comes from the realm");
        assertTrue(template.contains("id=\"nstac-back-to-portal\" href=\"${portalHome}\""));
        String ours = template.substring(template.indexOf("<body"), template.indexOf("<div class=\"${properties.kcLogin!}\">"));
        assertFalse(Pattern.compile("\\son[a-z]+=").matcher(ours).find(), "no inline handler in the header: " + ours);
        String script = Files.readString(THEME.resolve("resources/js/quick-exit.js"));
        assertTrue(script.contains("location.replace(") && script.contains("\"Escape\""));
    }

    private static Set<String> keysIn(String template) {
        Set<String> keys = new TreeSet<>();
        Matcher msg = MSG.matcher(template);
        while (msg.find()) {
            String key = msg.group(1) != null ? msg.group(1) : msg.group(2);
            // keys built at run time (requiredAction.${...}, "loginTotp." + type) are listed in MESSAGES_FROM_KEYCLOAK
            if (!key.contains("${") && !key.endsWith(".")) {
                keys.add(key);
            }
        }
        Matcher label = BUTTON_LABEL.matcher(template);
        while (label.find()) {
            keys.add(label.group(1));
        }
        return keys;
    }

    private static Properties messages(String file) throws IOException {
        Properties messages = new Properties();
        try (Reader in = Files.newBufferedReader(THEME.resolve("messages").resolve(file), StandardCharsets.UTF_8)) {
            messages.load(in);
        }
        return messages;
    }

    /** A template as Keycloak resolves it for a theme whose parent is keycloak.v2: keycloak.v2's, else base's. */
    private static String stockTemplate(String name) {
        String text = stockTemplateOrNull(name);
        assertNotNull(text, "Keycloak has no login template " + name);
        return text;
    }

    private static String stockTemplateOrNull(String name) {
        String own = stock.get("keycloak.v2/" + name);
        return own != null ? own : stock.get("base/" + name);
    }

    /**
     * The keycloak.v2 and base login themes from the themes jar inside the distribution zip, by "theme/file" (text
     * files only).
     */
    private static Map<String, String> keycloakLoginThemes() throws IOException {
        Path zip = Path.of(System.getProperty("portal.dist.dir", "target/dist"), "keycloak.zip");
        assertTrue(Files.isRegularFile(zip), "Maven fetches Keycloak's distribution to " + zip
                + " (process-test-resources)");
        Map<String, String> files = new HashMap<>();
        try (ZipFile distribution = new ZipFile(zip.toFile())) {
            ZipEntry jar = distribution.stream()
                    .filter(e -> e.getName().matches(".*/lib/lib/main/org\\.keycloak\\.keycloak-themes-[0-9][^/]*\\.jar"))
                    .findFirst().orElseThrow(() -> new AssertionError("no themes jar in " + zip));
            byte[] bytes = distribution.getInputStream(jar).readAllBytes();
            try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(bytes))) {
                for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                    Matcher name = Pattern.compile("theme/(keycloak\\.v2|base)/login/([^/]+\\.(?:ftl|properties))")
                            .matcher(entry.getName());
                    if (name.matches()) {
                        files.put(name.group(1) + "/" + name.group(2),
                                new String(in.readAllBytes(), StandardCharsets.UTF_8));
                    }
                }
            }
        }
        return files;
    }
}
