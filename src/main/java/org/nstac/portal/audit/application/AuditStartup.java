package org.nstac.portal.audit.application;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

/** Reads the audit checkpoint key as the portal starts: a missing key stops the deployment with the reason. */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class AuditStartup {

    @Inject
    AuditKey key;

    @PostConstruct
    void open() {
        key.signer();
    }
}
