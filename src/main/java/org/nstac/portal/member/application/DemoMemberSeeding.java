package org.nstac.portal.member.application;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** With {@code portal.demo-data=true}, seeds the demo members once the schema is migrated. */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@TransactionManagement(TransactionManagementType.BEAN)
public class DemoMemberSeeding {

    @Inject
    @ConfigProperty(name = "portal.demo-data", defaultValue = "false")
    boolean demoData;

    @Inject
    DemoMembers demoMembers;

    @Inject
    org.nstac.portal.payment.application.DemoPayments demoPayments;

    @PostConstruct
    void seed() {
        if (demoData) {
            demoMembers.seed();
            demoPayments.seed();
        }
    }
}
