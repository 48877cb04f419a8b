package org.nstac.portal.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class ApiErrorTest {

    @Test
    void theJsonBodyHasExactlyErrorAndMessage() {
        var json = Json.createReader(new StringReader(new ApiError("unauthorized", "A token is required.").toJson()))
                .readObject();
        assertEquals(2, json.size());
        assertEquals("unauthorized", json.getString("error"));
        assertEquals("A token is required.", json.getString("message"));
    }

    @Test
    void quotesBackslashesAndControlCharactersCannotBreakOutOfTheJson() {
        String nasty = "he said \"hi\" \\ then\nnew line\u0001 and Potreban je važeći token";
        var json = Json.createReader(new StringReader(new ApiError("x", nasty).toJson())).readObject();
        assertEquals(nasty, json.getString("message"));
    }
}
