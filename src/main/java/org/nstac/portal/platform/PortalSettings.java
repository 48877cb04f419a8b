package org.nstac.portal.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Settings a page may show or use, read once from MicroProfile Config (never edited into the WAR). */
@Named("portalSettings")
@ApplicationScoped
public class PortalSettings {

    @Inject
    @ConfigProperty(name = "portal.quick-exit.url", defaultValue = "https://www.wikipedia.org/")
    String quickExitUrl;

    @Inject
    @ConfigProperty(name = "portal.demo-data", defaultValue = "false")
    boolean demoData;

    /** The neutral site the Quick exit button replaces the page with. */
    public String getQuickExitUrl() {
        return quickExitUrl;
    }

    public boolean isDemoData() {
        return demoData;
    }
}
