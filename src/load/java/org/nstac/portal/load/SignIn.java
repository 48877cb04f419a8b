package org.nstac.portal.load;

import static io.gatling.javaapi.core.CoreDsl.asLongAs;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.Cookie;
import static io.gatling.javaapi.http.HttpDsl.CookieKey;
import static io.gatling.javaapi.http.HttpDsl.addCookie;
import static io.gatling.javaapi.http.HttpDsl.getCookieValue;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Session;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A virtual user signs in as a browser does: the portal page sends it to Keycloak's sign-in form, it posts the user
 * name and password to the form's action (staff then get the one-time-code form), Keycloak sends it back to the
 * portal's callback with a code, and the portal's session cookie stays in the user's cookie jar.
 * <p>
 * The form is filled once per demo user and run ({@link #firstSignIn}); the realm's single sign-on cookies it leaves
 * are then given to every virtual user of that demo user ({@link #signIn}), as tabs of one browser share them. Each
 * virtual user still goes through the whole code flow and gets a portal session of its own; what it skips is a second
 * factor per user and window (the realm takes each staff code once), and parallel password sign-ins for one user,
 * which brute-force protection refuses. Every request here is named {@code sign-in: ...}, apart from the measured
 * ones.
 */
final class SignIn {

    /** Keycloak's single sign-on cookies; the others belong to one sign-in in progress. */
    private static final List<String> SSO_COOKIES = List.of("KEYCLOAK_IDENTITY", "KEYCLOAK_SESSION");
    private static final int CODE_ATTEMPTS = 4;

    private final String keycloakHost;
    private final String realmPath;
    private final Map<String, Map<String, String>> ssoCookiesByUser = new ConcurrentHashMap<>();

    SignIn(String issuer) {
        URI uri = URI.create(issuer);
        this.keycloakHost = uri.getHost();
        // Keycloak sets its cookies under the realm's path.
        this.realmPath = uri.getPath().endsWith("/") ? uri.getPath() : uri.getPath() + "/";
    }

    /** The form sign-in for {@code user}, then the realm's single sign-on cookies kept for its virtual users. */
    ChainBuilder firstSignIn(String user, Function<Session, String> pageUrl, String pageMarker) {
        ChainBuilder chain = throughForms(user, pageUrl, pageMarker);
        for (String name : SSO_COOKIES) {
            chain = chain.exec(getCookieValue(CookieKey(name).withDomain(keycloakHost).withPath(realmPath)
                    .withSecure(true).saveAs("sso." + name)));
        }
        return chain.exec(session -> {
            Map<String, String> cookies = new ConcurrentHashMap<>();
            SSO_COOKIES.stream().filter(n -> session.contains("sso." + n))
                    .forEach(n -> cookies.put(n, session.getString("sso." + n)));
            ssoCookiesByUser.put(user, cookies);
            return session;
        });
    }

    /**
     * A virtual user's sign-in: with the demo user's single sign-on cookies Keycloak sends it straight back with a
     * code; without them (the first sign-in failed, or the realm ended that session) it fills the forms itself.
     */
    ChainBuilder signIn(String user, Function<Session, String> pageUrl, String pageMarker) {
        ChainBuilder chain = exec(session -> session);
        for (String name : SSO_COOKIES) {
            chain = chain.doIf(session -> ssoCookiesByUser.getOrDefault(user, Map.of()).containsKey(name)).then(
                    exec(addCookie(Cookie(name, session -> ssoCookiesByUser.get(user).get(name))
                            .withDomain(keycloakHost).withPath(realmPath).withSecure(true))));
        }
        return chain.exec(throughForms(user, pageUrl, pageMarker));
    }

    private ChainBuilder throughForms(String user, Function<Session, String> pageUrl, String pageMarker) {
        return exec(session -> session.removeAll("loginAction", "otpAction").set("codeAttempts", 0))
                .exec(http("sign-in: " + user + ", page").get(pageUrl)
                        .check(status().is(200), css("#kc-form-login", "action").optional().saveAs("loginAction")))
                .doIf(session -> session.contains("loginAction")).then(
                        exec(http("sign-in: " + user + ", password").post("#{loginAction}")
                                .formParam("username", user).formParam("password", user)
                                .check(status().is(200),
                                        css("#kc-otp-login-form", "action").optional().saveAs("otpAction"))))
                // A code used by an earlier run in the same window is refused: the form comes back, try the next.
                .asLongAs(session -> session.contains("otpAction")
                        && session.getInt("codeAttempts") < CODE_ATTEMPTS).on(
                        exec(session -> {
                            StaffCodes.Code code = StaffCodes.next(user);
                            return session.set("otp", code.digits()).set("otpWait", code.delay())
                                    .set("otpPost", session.getString("otpAction")).remove("otpAction")
                                    .set("codeAttempts", session.getInt("codeAttempts") + 1);
                        })
                        .pause(session -> session.<Duration>get("otpWait"))
                        .exec(http("sign-in: " + user + ", one-time code").post("#{otpPost}")
                                .formParam("otp", "#{otp}")
                                .check(status().is(200),
                                        css("#kc-otp-login-form", "action").optional().saveAs("otpAction"))))
                // Signed in only if the portal now serves the page itself, not a sign-in form.
                .exec(http("sign-in: " + user + ", signed in").get(pageUrl)
                        .check(status().is(200), substring(pageMarker).exists()));
    }
}
