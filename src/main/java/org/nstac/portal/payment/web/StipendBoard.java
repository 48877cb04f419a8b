package org.nstac.portal.payment.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nstac.portal.payment.application.PaymentPolicy;
import org.nstac.portal.payment.application.Stipends;
import org.nstac.portal.payment.domain.PaymentAction;
import org.nstac.portal.payment.domain.StipendRole;
import org.nstac.portal.platform.FacesMessages;
import org.nstac.portal.platform.LanguageBean;
import org.nstac.portal.shared.CouncilClock;
import org.nstac.portal.shared.DomainRuleViolation;
import org.nstac.portal.shared.MemberDirectory;

/**
 * The secretariat's stipends: who holds one for which role and months, what a month pays (the card's, or agreed above
 * it), the form to assign one and a button to end one. Read once per view and after each action.
 */
@Named
@ViewScoped
public class StipendBoard implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Stipends stipends;

    @Inject
    PaymentPolicy policy;

    @Inject
    MemberDirectory directory;

    @Inject
    CouncilClock clock;

    @Inject
    LanguageBean language;

    @Inject
    FacesMessages messages;

    private String memberRef;
    private String role = StipendRole.CHAIR.name();
    private String from;
    private String to;
    private BigDecimal amount;
    private String reason;
    private transient List<Stipends.Stipend> list;
    private transient Map<String, String> members;

    @jakarta.annotation.PostConstruct
    void start() {
        policy.require(PaymentAction.MANAGE_STIPENDS);
        from = clock.thisMonth().toString();
    }

    public List<Stipends.Stipend> getStipends() {
        if (list == null) {
            list = stipends.all(language.getLocale());
        }
        return list;
    }

    /** Members taking part today, by name, for the form. */
    public Map<String, String> getMembers() {
        if (members == null) {
            List<String> refs = directory.activeRefs(clock.today());
            Map<String, String> names = directory.displayNames(refs, language.getLocale());
            members = new LinkedHashMap<>();
            refs.forEach(ref -> members.put(names.getOrDefault(ref, ref), ref));
        }
        return members;
    }

    public StipendRole[] getRoles() {
        return StipendRole.values();
    }

    public void assign() {
        try {
            stipends.assign(new Stipends.NewStipend(memberRef, role, from, to, amount, reason, null, null),
                    language.getLocale());
            messages.info("payment.stipend.assigned");
            amount = null;
            reason = null;
            to = null;
            list = null;
        } catch (DomainRuleViolation violation) {
            messages.violation(violation);
        }
    }

    public void end(long id) {
        try {
            stipends.end(id, language.getLocale());
            messages.info("payment.stipend.endedDone");
        } catch (DomainRuleViolation violation) {
            messages.violation(violation);
        }
        list = null;
    }

    public String getMemberRef() {
        return memberRef;
    }

    public void setMemberRef(String memberRef) {
        this.memberRef = memberRef;
    }

    public String getRole() {
        return role;
    }

    public void setRole(String role) {
        this.role = role;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
