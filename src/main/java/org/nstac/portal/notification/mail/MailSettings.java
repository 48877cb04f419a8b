package org.nstac.portal.notification.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where discreet mail goes out and what it points to, from MicroProfile Config. Without {@value #HOST} the portal
 * sends no mail at all (members still see every notification in the portal): that is the default, and what
 * {@code mvn -Prun} does.
 * <p>
 * Plain SMTP to a relay the operator runs (for example Postfix on the same host or network), which does any
 * authentication and TLS towards the outside; see {@code docs/operations.md}.
 */
@ApplicationScoped
public class MailSettings {

    /** The SMTP server; empty or absent: no mail is sent. */
    public static final String HOST = "portal.mail.host";
    public static final String PORT = "portal.mail.port";
    /** The sender address. */
    public static final String FROM = "portal.mail.from";
    /** A neutral sender: the mailbox the mail lands in may be read by someone else. */
    public static final String DEFAULT_FROM = "portal@council.invalid";
    /** The portal's address as members reach it: the only link a discreet mail carries. */
    public static final String PUBLIC_URL = "portal.public-url";

    // An empty value counts as absent in MicroProfile Config, hence Optional rather than an empty default.
    @Inject
    @ConfigProperty(name = HOST)
    Optional<String> host;

    @Inject
    @ConfigProperty(name = PORT, defaultValue = "25")
    int port;

    @Inject
    @ConfigProperty(name = FROM, defaultValue = DEFAULT_FROM)
    String from;

    @Inject
    @ConfigProperty(name = PUBLIC_URL, defaultValue = "http://localhost:8080")
    String publicUrl;

    /** True when a mail host is configured. */
    public boolean enabled() {
        return host().isPresent();
    }

    public Optional<String> host() {
        return host == null ? Optional.empty() : host.map(String::strip).filter(h -> !h.isEmpty());
    }

    public int port() {
        return port;
    }

    public String from() {
        return from;
    }

    /**
     * The portal's public address.
     *
     * @throws IllegalArgumentException when the configured value is not a URI (a configuration error)
     */
    public URI publicUrl() {
        return URI.create(publicUrl.strip());
    }
}
