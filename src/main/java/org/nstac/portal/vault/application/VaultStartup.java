package org.nstac.portal.vault.application;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * Opens the vault's keyring as the portal starts, not at the first admission: a missing or loosely permitted keyring
 * stops the deployment at once, with the reason in the log, instead of failing a person's request later.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class VaultStartup {

    private static final Logger LOG = Logger.getLogger(VaultStartup.class.getName());

    @Inject
    IdentityVault vault;

    @PostConstruct
    void open() {
        String keyId = vault.currentMasterKeyId();
        LOG.info(() -> "Identity vault open; current master key " + keyId);
    }
}
