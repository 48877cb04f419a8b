package org.nstac.portal.organisation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.nstac.portal.it.Api;
import org.nstac.portal.it.Browser;
import org.nstac.portal.it.PortalStack;
import org.nstac.portal.it.Tokens;
import org.openqa.selenium.By;

/**
 * The administrator keeps the register of organisations and their officials (issue 18): over the API and on the
 * page; an official acts for exactly one organisation; the secretariat only reads; everyone else finds nothing.
 */
@ExtendWith(PortalStack.class)
class OrganisationAdminIT {

    @RegisterExtension
    static final Browser browser = new Browser();

    @Test
    void theAdministratorAddsOrganisationsAndLinksEachOfficialToExactlyOne() throws Exception {
        String first = code("ngo");
        String second = code("union");
        long firstId = register(first, "NGO");
        long secondId = register(second, "UNION");
        assertEquals("organisation.code.taken", error(send("admin", "POST", "/api/organisations",
                body(first, "NGO"))));
        assertEquals("organisation.kind.required", error(send("admin", "POST", "/api/organisations",
                body(code("x"), "CHURCH"))));
        assertEquals("organisation.code.invalid", error(send("admin", "POST", "/api/organisations",
                body("Not A Code", "NGO"))));

        String official = "official-" + UUID.randomUUID().toString().substring(0, 8);
        assertEquals(List.of(official), officials(send("admin", "PUT", "/api/organisations/" + firstId
                + "/officials/" + official, null)));
        assertEquals(List.of(official), officials(send("admin", "PUT", "/api/organisations/" + secondId
                + "/officials/" + official, null)));
        assertEquals(List.of(), officials(organisation(first)), "moved, not copied: one organisation per official");
        assertEquals("UNION", organisation(second).getString("kind"));

        assertEquals("organisation.official.isMember", error(send("admin", "PUT", "/api/organisations/" + firstId
                + "/officials/sunflower", null)));
        assertEquals("organisation.official.login", error(send("admin", "PUT", "/api/organisations/" + firstId
                + "/officials/a", null)));
        assertEquals(List.of(), officials(send("admin", "DELETE", "/api/organisations/" + secondId + "/officials/"
                + official, null)));
        assertEquals(List.of("union"), officials(organisation("union-confederation")), "the demo partner");
    }

    @Test
    void theSecretariatReadsTheRegisterAndNobodyElseSeesIt() throws Exception {
        assertEquals(200, send("secretariat", "GET", "/api/organisations", null).statusCode());
        assertEquals(404, send("secretariat", "POST", "/api/organisations", body(code("s"), "NGO")).statusCode());
        assertEquals(404, send("secretariat", "PUT", "/api/organisations/1/officials/someone", null).statusCode());
        for (String user : List.of("justice", "union", "sunflower", "observer", "finance")) {
            assertEquals(404, send(user, "GET", "/api/organisations", null).statusCode(), user);
            assertEquals(404, send(user, "POST", "/api/organisations", body(code("o"), "NGO")).statusCode(), user);
        }
    }

    @Test
    void theAdministratorAddsAnOrganisationOnThePage() throws Exception {
        String code = code("page");
        browser.signIn("admin", "admin");
        browser.open("/admin/organisations");
        assertTrue(browser.has(By.id("organisation-union-confederation")), browser.text());
        browser.find(By.id("organisations:code")).sendKeys(code);
        browser.find(By.id("organisations:add")).click();
        browser.waitFor(d -> browser.text().contains("Give the organisation a name"));
        assertEquals(code, browser.find(By.id("organisations:code")).getAttribute("value"), "nothing typed lost");
        browser.find(By.id("organisations:nameEn")).sendKeys("Page NGO");
        browser.find(By.id("organisations:nameSr")).sendKeys("NVO sa stranice");
        browser.find(By.id("organisations:add")).click();
        browser.waitFor(d -> browser.has(By.id("organisation-" + code)));
        assertFalse(organisation(code).getString("nameEn").isBlank());

        // An official is linked to it on the page, shown in its row, and unlinked again.
        String official = "official" + UUID.randomUUID().toString().substring(0, 6).toLowerCase(Locale.ROOT);
        new org.openqa.selenium.support.ui.Select(browser.find(By.id("organisations:to")))
                .selectByVisibleText("Page NGO");
        browser.find(By.id("organisations:login")).sendKeys(official);
        browser.find(By.id("organisations:link-button")).click();
        browser.waitFor(d -> browser.textOf(By.id("organisation-" + code)).contains(official));
        assertEquals(List.of(official), officials(organisation(code)), "linked on the page, seen by the API");
        browser.find(By.cssSelector("#organisation-" + code + " button[aria-label$=' " + official + "']")).click();
        browser.waitFor(d -> !browser.textOf(By.id("organisation-" + code)).contains(official));
        assertEquals(List.of(), officials(organisation(code)), "unlinked on the page");
        browser.signOut();
    }

    private static String code(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toLowerCase(Locale.ROOT);
    }

    private static String body(String code, String kind) {
        return "{\"code\":\"" + code + "\",\"kind\":\"" + kind + "\",\"nameEn\":\"Test " + code
                + "\",\"nameSr\":\"Test " + code + "\"}";
    }

    private static long register(String code, String kind) throws Exception {
        HttpResponse<String> created = send("admin", "POST", "/api/organisations", body(code, kind));
        assertEquals(201, created.statusCode(), created.body());
        return Tokens.json(created.body()).getJsonNumber("id").longValue();
    }

    private static JsonObject organisation(String code) throws Exception {
        HttpResponse<String> list = send("admin", "GET", "/api/organisations", null);
        assertEquals(200, list.statusCode(), list.body());
        return Tokens.json("{\"a\":" + list.body() + "}").getJsonArray("a").getValuesAs(JsonObject.class).stream()
                .filter(o -> o.getString("code").equals(code)).findFirst().orElseThrow();
    }

    private static List<String> officials(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        return officials(Tokens.json(response.body()));
    }

    private static List<String> officials(JsonObject organisation) {
        return organisation.getJsonArray("officials").getValuesAs(JsonString.class).stream()
                .map(JsonString::getString).toList();
    }

    private static String error(HttpResponse<String> response) {
        assertEquals(400, response.statusCode(), response.body());
        assertTrue(Tokens.json(response.body()).getString("message").length() > 10, response.body());
        return Tokens.json(response.body()).getString("error");
    }

    private static HttpResponse<String> send(String user, String method, String path, String body) throws Exception {
        return Api.send(user, method, path, body);
    }
}
