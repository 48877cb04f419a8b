package org.nstac.portal.care.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.nstac.portal.audit.application.AuditLog;
import org.nstac.portal.care.domain.CrisisProtocolText;
import org.nstac.portal.care.domain.IncidentRules.Action;
import org.nstac.portal.care.infrastructure.CrisisProtocolRecord;
import org.nstac.portal.care.infrastructure.CrisisProtocolStore;
import org.nstac.portal.shared.CouncilClock;
import org.nstac.portal.shared.NotFound;

/**
 * The crisis protocol: what to do and whom to call when someone is in crisis during the council's work. Everyone
 * signed in reads the version in force; the secretariat writes a new version, in both languages at once. Each edit is
 * kept (with the login that wrote it and when) and audited.
 */
@ApplicationScoped
@Transactional
public class CrisisProtocol {

    @Inject
    CrisisProtocolStore store;

    @Inject
    IncidentPolicy policy;

    @Inject
    AuditLog audit;

    @Inject
    CouncilClock clock;

    /** The version in force, if the secretariat has written one. @throws NotFound when nobody is signed in */
    public Optional<CrisisProtocolRecord> current() {
        policy.require(Action.READ_PROTOCOL);
        return store.current();
    }

    /**
     * A new version in both languages, in force at once.
     *
     * @throws NotFound for anyone but the secretariat
     * @throws org.nstac.portal.shared.DomainRuleViolation for a missing or too long text
     */
    public CrisisProtocolRecord update(String en, String sr) {
        policy.require(Action.EDIT_PROTOCOL);
        CrisisProtocolRecord version = new CrisisProtocolRecord(new CrisisProtocolText(en, sr), policy.actor(),
                clock.now());
        store.add(version);
        audit.record(policy.actor(), "care.protocol.updated", null, "version=" + version.getId());
        return version;
    }

    /** Whether the caller may edit it (the pages show the link to the form). */
    public boolean mayEdit() {
        return policy.may(Action.EDIT_PROTOCOL);
    }
}
