package org.nstac.portal.learning.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.nstac.portal.learning.application.Learning;
import org.nstac.portal.learning.domain.LearningOffer;
import org.nstac.portal.learning.domain.LearningOpportunity;
import org.nstac.portal.member.application.Profiles;
import org.nstac.portal.platform.FacesMessages;
import org.nstac.portal.platform.LanguageBean;
import org.nstac.portal.shared.DomainRuleViolation;
import org.nstac.portal.shared.MemberDirectory;

/**
 * The secretariat's learning page: record an opportunity, open one to see the fair suggestions and offer it, and
 * record completions. Reads once per view and after each action; on a refusal, what was typed stays.
 */
@Named
@ViewScoped
public class LearningBoard implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Learning learning;

    @Inject
    FacesMessages messages;

    @Inject
    LanguageBean language;

    @Inject
    MemberDirectory directory;

    @Inject
    Profiles profiles;

    private List<Learning.Listed> opportunities;
    private Long selectedId;
    private LearningOpportunity selected;
    private List<Learning.Suggested> suggestions;
    private List<LearningOffer> offers;
    private java.util.Map<String, String> names;

    private String title;
    private String provider;
    private String description;
    private LocalDate startDate;
    private LocalDate endDate;
    private String lang = "sr";
    private Integer places = 10;
    private BigDecimal paidHours = BigDecimal.ZERO;
    private String rolePrepared;
    private List<String> contentNotes = new java.util.ArrayList<>();
    private transient java.util.Map<String, String> noteLabels;

    @PostConstruct
    void load() {
        opportunities = learning.all();
        if (selectedId != null) {
            selected = learning.find(selectedId);
            suggestions = learning.suggestions(selectedId, language.getLocale());
            offers = learning.offersOf(selectedId);
            names = directory.displayNames(offers.stream().map(LearningOffer::getMemberRef).toList(),
                    language.getLocale());
        }
    }

    public void create() {
        try {
            LearningOpportunity o = learning.create(new Learning.NewOpportunity(title, provider, description,
                    startDate, endDate, lang, places, paidHours, contentNotes, rolePrepared));
            messages.info("learning.board.created");
            title = null;
            provider = null;
            description = null;
            contentNotes = new java.util.ArrayList<>();
            selectedId = o.getId();
            load();
        } catch (DomainRuleViolation violation) {
            messages.violation(violation);
        }
    }

    public void open(long id) {
        selectedId = id;
        load();
    }

    public void offer(String memberRef) {
        try {
            learning.offer(selectedId, memberRef);
            messages.info("learning.board.offered");
        } catch (DomainRuleViolation violation) {
            messages.violation(violation);
        }
        load();
    }

    public void complete(long offerId) {
        try {
            learning.complete(offerId, null);
            messages.info("learning.board.completed");
        } catch (DomainRuleViolation violation) {
            messages.violation(violation);
        }
        load();
    }

    public String nameOf(String memberRef) {
        return names == null ? "" : names.getOrDefault(memberRef, "");
    }

    public List<Learning.Listed> getOpportunities() {
        return opportunities;
    }

    public LearningOpportunity getSelected() {
        return selected;
    }

    public List<Learning.Suggested> getSuggestions() {
        return suggestions;
    }

    public List<LearningOffer> getOffers() {
        return offers;
    }

    /** The content-note vocabulary in the page's language, read once per view. */
    public java.util.Map<String, String> getNoteLabels() {
        if (noteLabels == null) {
            noteLabels = profiles.vocabulary(language.isSerbian() ? "sr" : "en");
        }
        return noteLabels;
    }

    public List<String> getContentNotes() {
        return contentNotes;
    }

    public void setContentNotes(List<String> contentNotes) {
        this.contentNotes = contentNotes == null ? new java.util.ArrayList<>() : new java.util.ArrayList<>(contentNotes);
    }

    public String[] getRoles() {
        return new String[] {"CONSULTANT", "ADVISOR", "EDUCATOR", "PUBLIC_ADVOCATE", "PEER_SUPPORTER"};
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getProvider() {
        return provider;
    }

    public void setProvider(String provider) {
        this.provider = provider;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public void setEndDate(LocalDate endDate) {
        this.endDate = endDate;
    }

    public String getLang() {
        return lang;
    }

    public void setLang(String lang) {
        this.lang = lang;
    }

    public Integer getPlaces() {
        return places;
    }

    public void setPlaces(Integer places) {
        this.places = places;
    }

    public BigDecimal getPaidHours() {
        return paidHours;
    }

    public void setPaidHours(BigDecimal paidHours) {
        this.paidHours = paidHours;
    }

    public String getRolePrepared() {
        return rolePrepared;
    }

    public void setRolePrepared(String rolePrepared) {
        this.rolePrepared = rolePrepared;
    }
}
