package org.nstac.portal.it;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Calls to the test stack's API as a demo user (password = user name), in English unless told otherwise. */
public final class Api {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private Api() {
    }

    public static HttpResponse<String> send(String user, String method, String path, String body) throws Exception {
        return sendIn("en", user, method, path, body);
    }

    public static HttpResponse<String> sendIn(String language, String user, String method, String path, String body)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(PortalStack.portalUrl() + path))
                .header("Authorization", "Bearer " + Tokens.accessToken(user, user))
                .header("Accept-Language", language)
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
