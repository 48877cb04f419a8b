package org.nstac.portal.consultation.application;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.context.control.RequestContextController;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.UserTransaction;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.nstac.portal.consultation.domain.Attribution;
import org.nstac.portal.consultation.domain.ConsultationPay;
import org.nstac.portal.consultation.domain.Disposition;
import org.nstac.portal.consultation.domain.Phase;
import org.nstac.portal.consultation.infrastructure.CommentRecord;
import org.nstac.portal.consultation.infrastructure.ConsultationRecord;
import org.nstac.portal.consultation.infrastructure.SectionRecord;
import org.nstac.portal.security.Role;
import org.nstac.portal.shared.CouncilClock;

/**
 * Demo consultations (dev and test only, with {@code portal.demo-data=true}), so that every role finds the council's
 * main work on a fresh run:
 * <ul>
 *   <li>an open consultation of the Ministry of Justice on a fictional draft law in four sections, paying 3 hours of
 *       preparation (funded by the ministry), with comments of Sunflower, River, Lark and Oak under all three
 *       attributions, a reply, and some of them answered by the ministry while two still wait for an answer;</li>
 *   <li>a consultation of the Ministry of Labour that is closed, every comment answered, and its report published, so
 *       that observers, members and the ministry have a report to read.</li>
 * </ul>
 * Each is seeded once, in one transaction: a run that finds it already there changes nothing.
 *
 * <p>The seeding goes through the same services and policy as everyone: it acts as the ministry official and as each
 * demo member for their comment ({@link Viewers#actForDemoData}), in a request context of its own since nobody is
 * signed in at startup. Willow has no council-work consent in the demo data, so she does not comment.
 */
@Singleton
@Startup
@DependsOn("DemoMemberSeeding")
@TransactionManagement(TransactionManagementType.BEAN)
public class DemoConsultations {

    static final String OPEN_TITLE = "Draft Law on Taking Part Safely in Court Proceedings (demo text)";
    static final String CLOSED_TITLE = "Draft Amendments to the Law on Employment Agencies (demo text)";

    @Inject
    @ConfigProperty(name = "portal.demo-data", defaultValue = "false")
    boolean demoData;

    @Inject
    CouncilClock clock;

    @Inject
    RequestContextController requestContext;

    @Inject
    Viewers viewers;

    @Inject
    Consultations consultations;

    @Inject
    Comments comments;

    @Resource
    UserTransaction transaction;

    @PostConstruct
    void seed() {
        if (!demoData) {
            return;
        }
        boolean activated = requestContext.activate();
        try {
            inTransaction(() -> {
                if (absent("justice", OPEN_TITLE)) {
                    seedOpen();
                }
            });
            inTransaction(() -> {
                if (absent("labour", CLOSED_TITLE)) {
                    seedClosed();
                }
            });
        } finally {
            if (activated) {
                requestContext.deactivate();
            }
        }
    }

    private boolean absent(String ministry, String title) {
        return consultations.list(viewers.actForDemoData(ministry, Role.MINISTRY)).stream()
                .noneMatch(c -> title.equals(c.getTitle()));
    }

    /** Open for three more weeks; two comments the ministry can see still wait for its answer. */
    private void seedOpen() {
        Instant now = clock.now();
        Instant closes = clock.today().plusDays(21).atTime(LocalTime.of(17, 0)).atZone(CouncilClock.ZONE)
                .toInstant();
        ConsultationRecord c = consultations.create(new Consultations.Draft(OPEN_TITLE,
                "A fictional draft for the demo. It says how a person who has survived trafficking can take part in "
                        + "court proceedings safely: with their identity protected, with a support person of their "
                        + "choosing, and without paying the costs of taking part themselves. The ministry asks the "
                        + "council whether the draft protects people enough and what it should add.",
                "Justice", now.minus(5, ChronoUnit.DAYS), closes, closes.plus(30, ChronoUnit.DAYS), List.of(),
                List.of(section("Purpose", "This law sets out how a person who has survived trafficking may take "
                        + "part in court proceedings as a witness or a party: safely, with support, and without "
                        + "having to meet the accused person."),
                        section("A protected identity", "(1) The court keeps the person's name and address in a "
                                + "sealed file.\n(2) Every document shared with the parties names the person by a "
                                + "pseudonym the court gives them.\n(3) Only the presiding judge may open the sealed "
                                + "file, and only for a reason written in the case record."),
                        section("A support person", "(1) The person may be accompanied in the court room by a "
                                + "support person of their choosing.\n(2) The support person does not speak for "
                                + "the person, and may not be called as a witness about what they heard."),
                        section("Costs of taking part", "(1) The court reimburses the person's travel, "
                                + "interpretation and lost earnings within 30 days of the hearing.\n(2) Nobody is "
                                + "asked to pay a fee or a deposit to take part.")),
                false, new ConsultationPay(new BigDecimal("3"), new BigDecimal("6"), true)),
                viewers.actForDemoData("justice", Role.MINISTRY));
        consultations.move(c.getId(), Phase.OPEN, viewers.actForDemoData("justice", Role.MINISTRY));
        List<Long> s = sections(c, viewers.actForDemoData("justice", Role.MINISTRY));

        CommentRecord sealed = comment(c, "sunflower", s.get(1), null, Attribution.PSEUDONYM,
                "The sealed file is a good step. Please also say that the person is told each time the file is "
                        + "opened, and by whom.");
        CommentRecord support = comment(c, "river", s.get(2), null, Attribution.COUNCIL,
                "The support person should be allowed in the waiting room and the corridors too, not only in the "
                        + "court room. And the person should be able to change their support person without "
                        + "giving a reason.");
        comment(c, "lark", null, support.getId(), Attribution.COUNCIL,
                "Agreed. A waiting room shared with the other side is where people often feel least safe.");
        CommentRecord plain = comment(c, "lark", null, null, Attribution.PSEUDONYM,
                "Please publish an easy-read version of the law, so that people know what they may ask for "
                        + "before the day of the hearing.");
        comment(c, "oak", s.get(3), null, Attribution.INTERNAL,
                "For our position: shall we ask that costs are paid in advance rather than reimbursed? Not "
                        + "everyone can lend the court money for a month.");
        comment(c, "sunflower", s.get(3), null, Attribution.COUNCIL,
                "Thirty days is too long for someone on a low income. Please pay travel in advance or on the day, "
                        + "and let people claim lost earnings without a payslip.");

        Viewer justice = viewers.actForDemoData("justice", Role.MINISTRY);
        comments.answer(sealed.getId(), Disposition.ACCEPTED, "Article 2 will say that the person is told within "
                + "three days each time the sealed file is opened, and by whom.", s.get(1), justice);
        comments.answer(support.getId(), Disposition.PARTLY_ACCEPTED, "The support person may be with the person "
                + "everywhere in the court building. Changing the support person will need a note to the court, "
                + "but no reason.", s.get(2), justice);
        comments.answer(plain.getId(), Disposition.NOTED, "We will prepare an easy-read version with the council "
                + "once the text is final.", null, justice);
    }

    /** Opened three weeks ago, closed today, every comment answered and the report published. */
    private void seedClosed() {
        Instant now = clock.now();
        ConsultationRecord c = consultations.create(new Consultations.Draft(CLOSED_TITLE,
                "A fictional draft for the demo. It changes the rules for agencies that find work for people, in "
                        + "the country and abroad: licences, a ban on fees charged to workers, and contracts in a "
                        + "language the worker understands.",
                "Labour and employment", now.minus(21, ChronoUnit.DAYS), now.truncatedTo(ChronoUnit.MINUTES),
                now.plus(30, ChronoUnit.DAYS), List.of(),
                List.of(section("Licences for agencies", "An agency that finds work for people holds a licence from "
                        + "the ministry, renewed every two years. The ministry keeps a register of licensed "
                        + "agencies."),
                        section("No fees for workers", "An agency may not charge a worker any fee for finding "
                                + "work, for travel or for documents."),
                        section("Contracts in the worker's language", "Before they start, the worker receives "
                                + "their contract in a language they understand, and has three working days to "
                                + "read it and ask questions.")),
                false, new ConsultationPay(new BigDecimal("3"), new BigDecimal("6"), false)),
                viewers.actForDemoData("labour", Role.MINISTRY));
        consultations.move(c.getId(), Phase.OPEN, viewers.actForDemoData("labour", Role.MINISTRY));
        List<Long> s = sections(c, viewers.actForDemoData("labour", Role.MINISTRY));

        CommentRecord register = comment(c, "oak", s.get(0), null, Attribution.PSEUDONYM,
                "The register of licensed agencies should be public and easy to search, in Serbian and in English, "
                        + "so that anyone can check an agency before they sign anything.");
        CommentRecord fees = comment(c, "river", s.get(1), null, Attribution.PSEUDONYM,
                "Please name deposits, training costs and charges for housing as fees too. They are how a ban on "
                        + "fees is most often avoided.");
        CommentRecord contract = comment(c, "sunflower", s.get(2), null, Attribution.COUNCIL,
                "The worker should keep a copy of their contract and their own documents. Nobody else should hold "
                        + "them.");
        comment(c, "lark", s.get(2), null, Attribution.INTERNAL,
                "Could the council offer to check the plain-language contract template with the ministry?");

        Viewer labour = viewers.actForDemoData("labour", Role.MINISTRY);
        consultations.move(c.getId(), Phase.CLOSED, labour);
        comments.answer(register.getId(), Disposition.ACCEPTED, "The register will be public and searchable in "
                + "both languages.", s.get(0), labour);
        comments.answer(fees.getId(), Disposition.ACCEPTED, "Article 2 now names deposits, training costs and "
                + "housing charges as fees.", s.get(1), labour);
        comments.answer(contract.getId(), Disposition.PARTLY_ACCEPTED, "Article 3 now gives the worker a copy of "
                + "the contract. Holding someone else's identity documents is already an offence under criminal "
                + "law; the article now refers to it.", s.get(2), labour);
        consultations.move(c.getId(), Phase.ANSWERED, labour);
        consultations.move(c.getId(), Phase.REPORT_PUBLISHED, labour);
    }

    private CommentRecord comment(ConsultationRecord c, String login, Long sectionId, Long parentId,
            Attribution attribution, String text) {
        Role role = "oak".equals(login) ? Role.CHAIR : Role.MEMBER;
        return comments.post(c.getId(), sectionId, parentId, text, attribution,
                viewers.actForDemoData(login, role));
    }

    private List<Long> sections(ConsultationRecord c, Viewer ministry) {
        return consultations.sections(c.getId(), null, ministry).stream().map(SectionRecord::getId).toList();
    }

    private static Consultations.SectionText section(String heading, String text) {
        return new Consultations.SectionText(heading, text, List.of());
    }

    /** Runs one consultation's seeding in one transaction: all of it, or nothing. */
    private void inTransaction(Runnable work) {
        try {
            transaction.begin();
            work.run();
            transaction.commit();
        } catch (RuntimeException e) {
            rollback();
            throw e;
        } catch (Exception e) {
            rollback();
            throw new IllegalStateException("Demo consultations could not be seeded", e);
        }
    }

    private void rollback() {
        try {
            if (transaction.getStatus() != Status.STATUS_NO_TRANSACTION) {
                transaction.rollback();
            }
        } catch (SystemException | IllegalStateException ignored) {
            // the first failure is the one worth reporting
        }
    }
}
