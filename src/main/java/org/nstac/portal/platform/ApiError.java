package org.nstac.portal.platform;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The one shape of every API error body: {@code {"error": code, "message": text}}. Never a stack trace, never
 * personal data.
 */
public record ApiError(String error, String message) {

    public Response toResponse(int status) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(this).build();
    }

    /** The same body as JSON text, for places outside JAX-RS (the authentication mechanism). */
    public String toJson() {
        return "{\"error\":" + quote(error) + ",\"message\":" + quote(message) + "}";
    }

    private static String quote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }
}
