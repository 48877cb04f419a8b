package org.nstac.portal.care.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.nstac.portal.care.application.Quotes;
import org.nstac.portal.care.domain.QuoteProposal;
import org.nstac.portal.care.infrastructure.QuoteRecord;
import org.nstac.portal.platform.FacesMessages;
import org.nstac.portal.platform.Messages;
import org.nstac.portal.shared.CouncilClock;
import org.nstac.portal.shared.DomainRuleViolation;
import org.nstac.portal.shared.MemberDirectory;

/**
 * The secretariat's desk for quotes and photos: propose a member's words or a photo for a named public output (the
 * same service and rules as {@code POST /api/quotes}), and follow every proposal's state, or only those usable now. A
 * refusal is shown next to the field it is about and keeps what was typed (a browser never keeps a chosen file: the
 * photo field says so); a proposal made clears the form. Members are listed by pseudonym: those taking part today
 * (a paused member is asked nothing while paused).
 */
@Named
@ViewScoped
public class QuoteDesk implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Which field each of the service's refusals is about (the rest go to the top of the form). */
    static final Map<String, String> FIELD_OF = Map.of(
            Quotes.MEMBER_NOT_CURRENT, "member",
            Quotes.PHOTO_INVALID, "photo",
            QuoteProposal.CONTENT_REQUIRED, "text",
            QuoteProposal.CONTENT_BOTH, "text",
            QuoteProposal.TEXT_TOO_LONG, "text",
            QuoteProposal.PURPOSE_INVALID, "purpose",
            QuoteProposal.PUBLISH_REQUIRED, "publishOn",
            QuoteProposal.PUBLISH_TOO_SOON, "publishOn");

    /** A member to choose, by pseudonym. */
    public record Choice(String ref, String name) implements Serializable {
    }

    /** A proposal as the desk lists it. */
    public record Row(QuoteRecord quote, String member) {
    }

    @Inject
    Quotes quotes;

    @Inject
    MemberDirectory directory;

    @Inject
    CouncilClock clock;

    @Inject
    FacesMessages messages;

    @Inject
    Messages bundle;

    private String memberRef;
    private String text;
    private transient Part photo;
    private String purpose;
    private LocalDate publishOn;
    private boolean usableOnly;
    private List<Choice> members;
    private transient List<Row> rows;
    private boolean loaded;

    /** Once per view: the secretariat only (the list asks the policy), everyone else gets 404. */
    public void load() {
        if (loaded) {
            return;
        }
        getRows();
        loaded = true;
    }

    public List<Choice> getMembers() {
        if (members == null) {
            Locale locale = locale();
            List<String> refs = directory.activeRefs(clock.today());
            Map<String, String> names = directory.displayNames(refs, locale);
            members = refs.stream().map(r -> new Choice(r, names.getOrDefault(r, "")))
                    .sorted(Comparator.comparing(Choice::name, String.CASE_INSENSITIVE_ORDER)).toList();
        }
        return members;
    }

    public List<Row> getRows() {
        if (rows == null) {
            List<QuoteRecord> all = quotes.list(usableOnly);
            Map<String, String> names = directory.displayNames(all.stream().map(QuoteRecord::getMemberRef)
                    .distinct().toList(), locale());
            rows = all.stream().map(q -> new Row(q, names.getOrDefault(q.getMemberRef(), ""))).toList();
        }
        return rows;
    }

    /** Shows every proposal or only the usable ones (the filter's change). */
    public void filter() {
        rows = null;
    }

    public void propose() {
        String base64;
        try {
            base64 = photoAsBase64();
        } catch (DomainRuleViolation violation) {
            show(violation);
            return;
        }
        try {
            quotes.propose(memberRef, text, base64, purpose, publishOn);
        } catch (DomainRuleViolation violation) {
            show(violation);
            return;
        }
        messages.info("care.quotes.desk.proposed");
        memberRef = null;
        text = null;
        purpose = null;
        publishOn = null;
        photo = null;
        rows = null;
    }

    private String photoAsBase64() {
        if (photo == null || photo.getSize() == 0) {
            return null;
        }
        if (photo.getSize() > Quotes.MAX_PHOTO_BYTES) {
            throw new DomainRuleViolation(Quotes.PHOTO_INVALID);
        }
        try (InputStream in = photo.getInputStream()) {
            return Base64.getEncoder().encodeToString(in.readAllBytes());
        } catch (IOException unreadable) {
            throw new DomainRuleViolation(Quotes.PHOTO_INVALID);
        }
    }

    /** The refusal beside its field, the field marked invalid (the page's error summary links to it). */
    private void show(DomainRuleViolation violation) {
        String field = FIELD_OF.get(violation.key());
        FacesContext faces = FacesContext.getCurrentInstance();
        UIComponent input = field == null ? null : faces.getViewRoot().findComponent(":propose:" + field);
        if (input == null) {
            messages.violation(violation);
            return;
        }
        if (input instanceof UIInput in) {
            in.setValid(false);
        }
        faces.addMessage(input.getClientId(faces), new FacesMessage(FacesMessage.SEVERITY_ERROR,
                bundle.get(locale(), violation.key(), violation.argsArray()), null));
        faces.validationFailed();
    }

    /** The state as the secretariat reads it. */
    public String stateKey(QuoteRecord q) {
        return "care.quotes.desk.state." + q.getState().name();
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    public String getMemberRef() {
        return memberRef;
    }

    public void setMemberRef(String memberRef) {
        this.memberRef = memberRef;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public Part getPhoto() {
        return photo;
    }

    public void setPhoto(Part photo) {
        this.photo = photo;
    }

    public String getPurpose() {
        return purpose;
    }

    public void setPurpose(String purpose) {
        this.purpose = purpose;
    }

    public LocalDate getPublishOn() {
        return publishOn;
    }

    public void setPublishOn(LocalDate publishOn) {
        this.publishOn = publishOn;
    }

    public boolean isUsableOnly() {
        return usableOnly;
    }

    public void setUsableOnly(boolean usableOnly) {
        this.usableOnly = usableOnly;
    }
}
