package org.nstac.portal.care.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.nstac.portal.care.application.Interests;
import org.nstac.portal.care.domain.Interest;
import org.nstac.portal.care.domain.InterestRelation;
import org.nstac.portal.consultation.application.Consultations;
import org.nstac.portal.platform.FacesMessages;
import org.nstac.portal.shared.DomainRuleViolation;

/**
 * "Interests I declare" for members and staff, and, for members, stepping aside from a consultation for one of them.
 * The rows typed stay in the form when the declaration is refused. Lists are read once per view and after each action.
 */
@Named
@ViewScoped
public class InterestsForm implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One row of the form. */
    public static class Row implements Serializable {
        private static final long serialVersionUID = 1L;
        private String organisation;
        private String relation = InterestRelation.EMPLOYED.name();

        public Row() {
        }

        Row(String organisation, String relation) {
            this.organisation = organisation;
            this.relation = relation;
        }

        public String getOrganisation() {
            return organisation;
        }

        public void setOrganisation(String organisation) {
            this.organisation = organisation;
        }

        public String getRelation() {
            return relation;
        }

        public void setRelation(String relation) {
            this.relation = relation;
        }
    }

    @Inject
    Interests interests;

    @Inject
    FacesMessages messages;

    private List<Row> rows;
    private Long consultationId;
    private Integer interestIndex;

    private transient List<Interests.SteppedAside> stepAsides;
    private transient List<Consultations.Summary> consultations;
    private transient List<Interest> declared;

    public List<Row> getRows() {
        if (rows == null) {
            rows = new ArrayList<>();
            for (Interest i : interests.mine()) {
                rows.add(new Row(i.organisation(), i.relation().name()));
            }
        }
        return rows;
    }

    public void addRow() {
        getRows().add(new Row());
    }

    public void removeRow(int index) {
        if (index >= 0 && index < getRows().size()) {
            getRows().remove(index);
        }
    }

    public void save() {
        try {
            List<Interest> declared = interests.declare(getRows().stream()
                    .filter(r -> r.getOrganisation() != null && !r.getOrganisation().isBlank())
                    .map(r -> Interest.of(r.getOrganisation(), r.getRelation())).toList());
            rows = null;
            this.declared = null;
            messages.info("care.interests.saved", declared.size());
        } catch (DomainRuleViolation violation) {
            messages.violation(violation);
        }
    }

    public void stepAside() {
        try {
            List<Interest> mine = getDeclared();
            if (consultationId == null) {
                throw new DomainRuleViolation(Interests.CONSULTATION_UNKNOWN);
            }
            if (interestIndex == null || interestIndex < 0 || interestIndex >= mine.size()) {
                throw new DomainRuleViolation(Interests.INTEREST_NOT_DECLARED);
            }
            Interest i = mine.get(interestIndex);
            interests.stepAside(consultationId, i.organisation(), i.relation().name());
            stepAsides = null;
            messages.info("care.stepAside.saved");
        } catch (DomainRuleViolation violation) {
            messages.violation(violation);
        }
    }

    public boolean isMember() {
        return interests.mayStepAside();
    }

    public List<Interest> getDeclared() {
        if (declared == null) {
            declared = interests.mine();
        }
        return declared;
    }

    public List<Interests.SteppedAside> getStepAsides() {
        if (stepAsides == null) {
            stepAsides = isMember() ? interests.myStepAsides() : List.of();
        }
        return stepAsides;
    }

    public List<Consultations.Summary> getConsultations() {
        if (consultations == null) {
            consultations = isMember() ? interests.consultationsToStepAsideFrom() : List.of();
        }
        return consultations;
    }

    public InterestRelation[] getRelations() {
        return InterestRelation.values();
    }

    public Long getConsultationId() {
        return consultationId;
    }

    public void setConsultationId(Long consultationId) {
        this.consultationId = consultationId;
    }

    public Integer getInterestIndex() {
        return interestIndex;
    }

    public void setInterestIndex(Integer interestIndex) {
        this.interestIndex = interestIndex;
    }
}
