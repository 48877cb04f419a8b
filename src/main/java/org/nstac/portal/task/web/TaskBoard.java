package org.nstac.portal.task.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.nstac.portal.member.application.Profiles;
import org.nstac.portal.member.domain.MemberProfile;
import org.nstac.portal.platform.FacesMessages;
import org.nstac.portal.platform.LanguageBean;
import org.nstac.portal.security.CurrentUser;
import org.nstac.portal.shared.DomainRuleViolation;
import org.nstac.portal.task.application.Tasks;
import org.nstac.portal.task.domain.PayBasis;
import org.nstac.portal.task.domain.TaskKind;
import org.nstac.portal.task.infrastructure.TaskRecord;

/** The secretariat's task board: every task, and the form for a new one (nothing typed is lost on a refusal). */
@Named
@ViewScoped
public class TaskBoard implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Tasks tasks;

    @Inject
    Profiles profiles;

    @Inject
    CurrentUser user;

    @Inject
    LanguageBean language;

    @Inject
    FacesMessages messages;

    private String title;
    private String outcome;
    private String kind = TaskKind.REVIEW_DRAFT.name();
    private BigDecimal estimatedHours;
    private String payBasis = PayBasis.HOURLY.name();
    private BigDecimal rate;
    private String currency = "RSD";
    private LocalDate deadline;
    private List<String> roles = new ArrayList<>();
    private List<String> topics = new ArrayList<>();
    private boolean publicFacing;
    private boolean mediaPresent;

    public List<TaskRecord> getTasks() {
        return tasks.all();
    }

    public String create() {
        try {
            TaskRecord t = tasks.create(new Tasks.NewTask(title, outcome, kind, null, estimatedHours, payBasis, rate,
                    currency, deadline, new HashSet<>(roles), new HashSet<>(topics), publicFacing, mediaPresent),
                    user.getName());
            jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext().getFlash()
                    .setKeepMessages(true);
            messages.info("task.created");
            return "/secretariat/task?faces-redirect=true&id=" + t.getId();
        } catch (DomainRuleViolation violation) {
            messages.violation(violation);
            return null;
        }
    }

    public TaskKind[] getKinds() {
        return TaskKind.values();
    }

    public PayBasis[] getBases() {
        return PayBasis.values();
    }

    public MemberProfile.OfferedRole[] getRoleChoices() {
        return MemberProfile.OfferedRole.values();
    }

    public Map<String, String> getTopicLabels() {
        return profiles.vocabulary(language.isSerbian() ? "sr" : "en");
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getOutcome() {
        return outcome;
    }

    public void setOutcome(String outcome) {
        this.outcome = outcome;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public BigDecimal getEstimatedHours() {
        return estimatedHours;
    }

    public void setEstimatedHours(BigDecimal estimatedHours) {
        this.estimatedHours = estimatedHours;
    }

    public String getPayBasis() {
        return payBasis;
    }

    public void setPayBasis(String payBasis) {
        this.payBasis = payBasis;
    }

    public BigDecimal getRate() {
        return rate;
    }

    public void setRate(BigDecimal rate) {
        this.rate = rate;
    }

    public String getCurrency() {
        return currency;
    }

    public void setCurrency(String currency) {
        this.currency = currency;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public void setDeadline(LocalDate deadline) {
        this.deadline = deadline;
    }

    public List<String> getRoles() {
        return roles;
    }

    public void setRoles(List<String> roles) {
        this.roles = roles == null ? new ArrayList<>() : roles;
    }

    public List<String> getTopics() {
        return topics;
    }

    public void setTopics(List<String> topics) {
        this.topics = topics == null ? new ArrayList<>() : topics;
    }

    public boolean isPublicFacing() {
        return publicFacing;
    }

    public void setPublicFacing(boolean publicFacing) {
        this.publicFacing = publicFacing;
    }

    public boolean isMediaPresent() {
        return mediaPresent;
    }

    public void setMediaPresent(boolean mediaPresent) {
        this.mediaPresent = mediaPresent;
    }
}
