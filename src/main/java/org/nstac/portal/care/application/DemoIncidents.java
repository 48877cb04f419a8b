package org.nstac.portal.care.application;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.context.control.RequestContextController;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.nstac.portal.care.infrastructure.CrisisProtocolStore;
import org.nstac.portal.care.infrastructure.IncidentStore;
import org.nstac.portal.shared.CouncilClock;
import org.nstac.portal.shared.MemberDirectory;

/**
 * Demo crisis protocol and incident log (dev and test only, {@code portal.demo-data=true}): the protocol in English
 * and Serbian (calm and practical: whom to call, the support duty, 192 and 194, that a member can stop at any time,
 * that nobody asks for their story) and two fictional incidents, one with its follow-up due today (so it shows on the
 * secretariat's and the chair's dashboards) and one followed up already.
 *
 * <p>Seeded through the same services and rules as everyone, acting as the secretariat
 * ({@link IncidentPolicy#actForDemoData}). Each part once: a protocol already written, or a log with entries, is left
 * alone.
 */
@Singleton
@Startup
@DependsOn("DemoMemberSeeding")
@TransactionManagement(TransactionManagementType.BEAN)
public class DemoIncidents {

    static final String PROTOCOL_EN = """
            If someone is in crisis during the council's work (in a meeting, at an event, online or while working on \
            a task), this is what we do. Nobody has to explain what they are going through, and nobody is asked for \
            their story.

            1. Stop. Any member may stop or step out at any moment, without a reason and without any penalty. Say \
            "I need a break", use "I need to step out" on the meeting page, or simply leave the room or the call.

            2. Call the support person. Every meeting names a support person in its safety plan. Outside meetings, \
            the secretariat's support duty answers: ask for support on the "Ask for support" page (choose "Now") and \
            someone will contact you in the way your profile says.

            3. In an emergency in Serbia call 194 for an ambulance or 192 for the police (112 also works from any \
            phone). Safety comes first: the meeting can wait.

            4. Afterwards the support person or the secretariat checks in with you, in the way and at the time you \
            choose. You can say no to that too.

            The secretariat keeps a short log of what was done and of the follow-up, so that nothing is forgotten. \
            It never holds an account of what you went through. Support services are listed in the public directory.""";

    static final String PROTOCOL_SR = """
            Ako je neko u krizi tokom rada saveta (na sastanku, na događaju, onlajn ili dok radi na zadatku), \
            postupamo ovako. Niko ne mora da objašnjava kroz šta prolazi i niko ne traži da ispriča svoju priču.

            1. Stanite. Svaki član može da prekine ili izađe u bilo kom trenutku, bez objašnjenja i bez ikakvih \
            posledica. Recite „Treba mi pauza“, na stranici sastanka izaberite „Moram da izađem“ ili jednostavno \
            napustite prostoriju ili poziv.

            2. Pozovite osobu za podršku. Svaki sastanak u planu bezbednosti navodi osobu za podršku. Van sastanaka \
            odgovara dežurna podrška sekretarijata: zatražite podršku na stranici „Zatražite podršku“ (izaberite \
            „Odmah“) i neko će vas kontaktirati na način naveden u vašem profilu.

            3. U hitnom slučaju u Srbiji pozovite 194 (hitna pomoć) ili 192 (policija); broj 112 radi sa svakog \
            telefona. Bezbednost je na prvom mestu: sastanak može da sačeka.

            4. Posle toga osoba za podršku ili sekretarijat proveravaju kako ste, na način i u vreme koje vi \
            izaberete. I na to možete reći ne.

            Sekretarijat vodi kratku evidenciju o tome šta je urađeno i o naknadnoj proveri, da se ništa ne zaboravi. \
            U njoj se nikada ne čuva opis onoga kroz šta ste prošli. Službe podrške navedene su u javnom imeniku.""";

    private static final String SECRETARIAT = "secretariat";

    @Inject
    @ConfigProperty(name = "portal.demo-data", defaultValue = "false")
    boolean demoData;

    @Inject
    RequestContextController requestContext;

    @Inject
    IncidentPolicy policy;

    @Inject
    CrisisProtocol protocol;

    @Inject
    Incidents incidents;

    @Inject
    CrisisProtocolStore protocols;

    @Inject
    IncidentStore log;

    @Inject
    MemberDirectory members;

    @Inject
    CouncilClock clock;

    @PostConstruct
    void seed() {
        if (!demoData) {
            return;
        }
        boolean activated = requestContext.activate();
        try {
            policy.actForDemoData(SECRETARIAT);
            if (protocols.current().isEmpty()) {
                protocol.update(PROTOCOL_EN, PROTOCOL_SR);
            }
            if (log.latest(1).isEmpty()) {
                LocalDate today = clock.today();
                incidents.record(Incidents.Draft.whole(today.minusDays(2), "DISTRESS_IN_MEETING",
                        List.of("SUPPORT_PERSON_CALLED", "MEETING_PAUSED"),
                        "Quiet room and a 20-minute break; the member chose to go home early (demo)", today, false,
                        members.refOfLogin("river").orElse(null)));
                incidents.record(Incidents.Draft.whole(today.minusDays(20), "IDENTITY_EXPOSURE_RISK",
                        List.of("OTHER", "FOLLOWED_UP"),
                        "Event photographer asked to delete two photos; deletion confirmed (demo)",
                        today.minusDays(18), true, null));
            }
        } finally {
            if (activated) {
                requestContext.deactivate();
            }
        }
    }
}
