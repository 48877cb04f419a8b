package org.nstac.portal.care.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.nstac.portal.care.application.Quotes;
import org.nstac.portal.care.infrastructure.QuoteRecord;
import org.nstac.portal.platform.FacesMessages;
import org.nstac.portal.shared.DomainRuleViolation;

/**
 * "My words and photos": each quote or photo the secretariat proposes to use, for what and when, and my yes or no;
 * a yes can be taken back until the publication day. Read once per view and after each decision.
 */
@Named
@ViewScoped
public class MyQuotes implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A quote as the page shows it, with whether it can still be decided. */
    public record Row(QuoteRecord quote, boolean open) {
    }

    @Inject
    Quotes quotes;

    @Inject
    FacesMessages messages;

    private transient List<Row> rows;

    public List<Row> getRows() {
        if (rows == null) {
            rows = quotes.mine().stream().map(q -> new Row(q, quotes.open(q))).toList();
        }
        return rows;
    }

    public void approve(long id) {
        decide(id, true, "care.quotes.approved");
    }

    public void decline(long id) {
        decide(id, false, "care.quotes.declined");
    }

    private void decide(long id, boolean approve, String done) {
        try {
            QuoteRecord q = quotes.decide(id, approve);
            messages.info(q.getState() == org.nstac.portal.care.domain.QuoteState.WITHDRAWN
                    ? "care.quotes.withdrawn" : done);
            rows = null;
        } catch (DomainRuleViolation violation) {
            messages.violation(violation);
        }
    }
}
