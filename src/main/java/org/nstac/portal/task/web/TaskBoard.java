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
import org.nstac.portal.payment.application.Accruals;
import org.nstac.portal.payment.domain.Activity;
import org.nstac.portal.payment.domain.Money;
import org.nstac.portal.platform.FacesMessages;
import org.nstac.portal.platform.LanguageBean;
import org.nstac.portal.shared.CouncilClock;
import org.nstac.portal.shared.DomainRuleViolation;
import org.nstac.portal.task.application.TaskCatalogue;
import org.nstac.portal.task.application.TaskPricing;
import org.nstac.portal.task.domain.PayBasis;
import org.nstac.portal.task.domain.TaskKind;
import org.nstac.portal.task.infrastructure.TaskRecord;

/**
 * The secretariat's task board: every task with what it pays, and the form for a new one, with the rate card beside
 * it (nothing typed is lost on a refusal).
 */
@Named
@ViewScoped
public class TaskBoard implements Serializable {

    private static final long serialVersionUID = 1L;

    /** What the card pays today: an hour of task work, other kinds' hours where they differ, an appearance. */
    public record Card(Money taskHour, String kinds, Money appearance) {
    }

    @Inject
    private org.nstac.portal.platform.Amounts amounts;

    @Inject
    TaskCatalogue catalogue;

    @Inject
    TaskPricing pricing;

    @Inject
    CouncilClock clock;

    @Inject
    Profiles profiles;

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
    private String rateReason;
    private transient List<TaskCatalogue.PricedTask> tasks;
    private transient Card card;
    private LocalDate deadline;
    private List<String> roles = new ArrayList<>();
    private List<String> topics = new ArrayList<>();
    private boolean publicFacing;
    private boolean mediaPresent;

    /** Which tasks the list shows: those still open or in progress (the default), the finished ones, or all. */
    public enum Show { ACTIVE, FINISHED, ALL }

    private Show show = Show.ACTIVE;

    public List<TaskCatalogue.PricedTask> getTasks() {
        if (tasks == null) {
            tasks = catalogue.allPriced().stream().filter(p -> switch (show) {
                case ACTIVE -> !p.task().getState().isFinal();
                case FINISHED -> p.task().getState().isFinal();
                case ALL -> true;
            }).toList();
        }
        return tasks;
    }

    public Show[] getShows() {
        return Show.values();
    }

    public Show getShow() {
        return show;
    }

    public void setShow(Show show) {
        this.show = show == null ? Show.ACTIVE : show;
        tasks = null;
    }

    public Card getCard() {
        if (card == null) {
            Accruals.CardRates onTheCard = pricing.cardOn(clock.today());
            Activity taskHour = TaskPricing.activityOf(PayBasis.HOURLY);
            Money hour = onTheCard.of(taskHour, null);
            StringBuilder kinds = new StringBuilder();
            for (TaskKind k : TaskKind.values()) {
                Money specific = onTheCard.of(taskHour, k.name());
                if (!specific.equals(hour)) {
                    kinds.append(kinds.isEmpty() ? " (" : ", ").append(messages.text("task.kind." + k.name()))
                            .append(": ").append(amounts.sum(specific.amount(), null));
                }
            }
            card = new Card(hour, kinds.isEmpty() ? "" : kinds.append(')').toString(),
                    onTheCard.of(TaskPricing.activityOf(PayBasis.APPEARANCE), null));
        }
        return card;
    }

    public String create() {
        try {
            TaskRecord t = catalogue.create(new TaskCatalogue.NewTask(title, outcome, kind, null, estimatedHours,
                    payBasis, rate, rateReason, null, deadline, new HashSet<>(roles), new HashSet<>(topics),
                    publicFacing, mediaPresent));
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

    public String getRateReason() {
        return rateReason;
    }

    public void setRateReason(String rateReason) {
        this.rateReason = rateReason;
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
