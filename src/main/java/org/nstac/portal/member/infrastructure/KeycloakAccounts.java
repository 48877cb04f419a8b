package org.nstac.portal.member.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import org.nstac.portal.security.KeycloakAdmin;

/**
 * Members' login accounts in Keycloak, through its admin REST API and the {@code portal} client's service account.
 * An account carries the login handle and placeholder names only: never a real name, address or phone number.
 */
@ApplicationScoped
public class KeycloakAccounts {

    /** A new account: Keycloak's id for it, and the one-time password shown once to the secretariat. */
    public record NewAccount(String keycloakId, String oneTimePassword) {

        @Override
        public String toString() {
            return "NewAccount[" + keycloakId + "]";
        }
    }

    /** Keycloak refused: nothing was created. */
    public static class AccountException extends KeycloakAdmin.Unavailable {
        public AccountException(String message) {
            super(message);
        }
    }

    // No 0/O, 1/l/I: the password is read aloud or copied by hand.
    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    KeycloakAdmin admin;

    /** Creates an enabled account with the {@code member} role and a temporary password to change at first login. */
    public NewAccount createMemberAccount(String login) {
        String password = oneTimePassword();
        JsonObject user = Json.createObjectBuilder()
                .add("username", login)
                .add("enabled", true)
                .add("firstName", "Council")
                .add("lastName", "Member")
                .add("email", login + "@members.invalid")
                .add("emailVerified", true)
                .add("credentials", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("type", "password").add("value", password).add("temporary", true)))
                .build();
        HttpResponse<String> created = send(admin.request("/users")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(user.toString())).build());
        if (created.statusCode() != 201) {
            throw new AccountException("Keycloak refused the account (" + created.statusCode() + ")");
        }
        String location = created.headers().firstValue("Location").orElseThrow(
                () -> new AccountException("Keycloak did not say where the account is"));
        String id = location.substring(location.lastIndexOf('/') + 1);
        try {
            HttpResponse<String> role = send(admin.request("/roles/member").GET().build());
            if (role.statusCode() != 200) {
                throw new AccountException("The member role is missing in Keycloak (" + role.statusCode() + ")");
            }
            HttpResponse<String> mapped = send(admin.request("/users/" + id + "/role-mappings/realm")
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("[" + role.body() + "]")).build());
            if (mapped.statusCode() != 204) {
                throw new AccountException("Keycloak refused the member role (" + mapped.statusCode() + ")");
            }
        } catch (RuntimeException failed) {
            deleteQuietly(id);
            throw failed;
        }
        return new NewAccount(id, password);
    }

    /** Deletes the account; an account that is already gone counts as deleted (withdrawal may be retried). */
    public void delete(String keycloakId) {
        HttpResponse<String> response = send(admin.request("/users/" + keycloakId).DELETE().build());
        if (response.statusCode() != 204 && response.statusCode() != 404) {
            throw new AccountException("Keycloak refused to delete the account (" + response.statusCode() + ")");
        }
    }

    /** Whether Keycloak knows a user with this login. */
    public boolean exists(String login) {
        return idOf(login).isPresent();
    }

    /** Keycloak's id for the account with this login, if there is one. */
    public java.util.Optional<String> idOf(String login) {
        HttpResponse<String> response = send(admin.request("/users?exact=true&username=" + KeycloakAdmin.enc(login))
                .GET().build());
        if (response.statusCode() != 200) {
            throw new AccountException("Keycloak did not answer the user search (" + response.statusCode() + ")");
        }
        return Json.createReader(new StringReader(response.body())).readArray().getValuesAs(JsonObject.class).stream()
                .map(u -> u.getString("id")).findFirst();
    }

    public void deleteQuietly(String keycloakId) {
        try {
            delete(keycloakId);
        } catch (RuntimeException ignored) {
            // best effort: the admission fails anyway, and an orphan account without a member cannot sign in to anything
        }
    }

    private HttpResponse<String> send(HttpRequest request) {
        return admin.send(request);
    }

    static String oneTimePassword() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            if (i > 0 && i % 4 == 0) {
                sb.append('-');
            }
            sb.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }
}
