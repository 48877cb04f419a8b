package org.nstac.portal.terms.application;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.nstac.portal.shared.MemberDirectory;

/**
 * Demo data (dev and test only, with {@code portal.demo-data=true}): Sunflower, River, Lark and Oak have accepted
 * version 1 of the engagement terms, so that work can be offered to them on a fresh run; Willow has not, to show the
 * refusal ({@code terms.required}) and the page that asks her. Runs after the demo members and before the demo
 * meetings, which invite them. Accepting twice changes nothing.
 */
@Singleton
@Startup
@DependsOn("DemoMemberSeeding")
@TransactionManagement(TransactionManagementType.BEAN)
public class DemoTerms {

    static final List<String> ACCEPTED = List.of("sunflower", "river", "lark", "oak");

    @Inject
    @ConfigProperty(name = "portal.demo-data", defaultValue = "false")
    boolean demoData;

    @Inject
    MemberDirectory members;

    @Inject
    TermsRegister terms;

    @PostConstruct
    void seed() {
        if (!demoData) {
            return;
        }
        for (String login : ACCEPTED) {
            members.refOfLogin(login).ifPresent(terms::acceptForDemo);
        }
    }
}
