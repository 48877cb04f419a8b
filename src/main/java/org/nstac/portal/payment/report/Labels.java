package org.nstac.portal.payment.report;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.nstac.portal.payment.domain.Activity;
import org.nstac.portal.payment.domain.Money;
import org.nstac.portal.payment.domain.PayableState;

/**
 * The words and number formats of one payment report in the reader's language.
 *
 * <p>Why every word is looked up before anything is written: the caller's lookup (normally the message bundle)
 * fails on a missing key, and a failure halfway through would leave a truncated PDF or CSV in the reader's hands.
 * Looking up all labels first makes a missing one fail the request while nothing has been sent.
 */
final class Labels {

    /** The words the payment reports use, each with its key in the message bundles. */
    enum Label {
        /** A {@link DateTimeFormatter} pattern for a day, such as {@code d. M. yyyy.}. */
        DATE_PATTERN("payment.report.datePattern"),
        /** A {@link DateTimeFormatter} pattern for a month, such as {@code LLLL yyyy.}. */
        MONTH_PATTERN("payment.report.monthPattern"),
        REPORT_TITLE("payment.report.title"),
        PERIOD("payment.report.period"),
        TOTAL("payment.report.total"),
        BY_MONTH("payment.report.byMonth"),
        BY_ACTIVITY("payment.report.byActivity"),
        BY_MEMBER("payment.report.byMember"),
        BY_FUNDER("payment.report.byFunder"),
        FUNDER("payment.report.column.funder"),
        NO_PAYMENTS("payment.report.noPayments"),
        LATE("payment.report.late"),
        GROUPING("payment.report.column.grouping"),
        GROUP("payment.report.column.group"),
        MONTH("payment.report.column.month"),
        ACTIVITY("payment.report.column.activity"),
        TASK_KIND("payment.report.column.taskKind"),
        MEMBER("payment.report.column.member"),
        CURRENCY("payment.report.column.currency"),
        ACCRUED("payment.report.column.accrued"),
        PENDING("payment.report.column.pending"),
        APPROVED_UNPAID("payment.report.column.approvedUnpaid"),
        PAID("payment.report.column.paid"),
        NOT_PAID("payment.report.column.notPaid"),
        OF_WHICH_LATE("payment.report.column.late"),
        STATEMENT_TITLE("payment.statement.title"),
        STATEMENT_LINES("payment.statement.lines"),
        LATE_NOTE("payment.statement.lateNote"),
        PAYABLE_ID("payment.statement.column.payableId"),
        WORK_DATE("payment.statement.column.workDate"),
        DESCRIPTION("payment.statement.column.description"),
        AMOUNT("payment.statement.column.amount"),
        STATE("payment.statement.column.state"),
        APPROVED_ON("payment.statement.column.approvedOn"),
        PAID_ON("payment.statement.column.paidOn"),
        REFERENCE("payment.statement.column.reference"),
        REASON("payment.statement.column.reason"),
        PARITY_TITLE("payment.parity.title"),
        PARITY_INTRO("payment.parity.intro"),
        NO_RATES("payment.parity.noRates"),
        ANY_TASK_KIND("payment.parity.anyTaskKind"),
        NO_REFERENCE("payment.parity.noReference"),
        VALID_FROM("payment.parity.column.validFrom"),
        MEMBER_AMOUNT("payment.parity.column.memberAmount"),
        EXPERT_REFERENCE("payment.parity.column.expertReference"),
        DIFFERENCE("payment.parity.column.difference"),
        PERCENT_OF_REFERENCE("payment.parity.column.percent");

        private final String key;

        Label(String key) {
            this.key = key;
        }

        String key() {
            return key;
        }
    }

    private static final String ACTIVITY_PREFIX = "Activity.";
    private static final String STATE_PREFIX = "PayableState.";
    private static final String TASK_KIND_PREFIX = "TaskKind.";

    private final Locale locale;
    private final Map<String, String> words;
    private final DateTimeFormatter day;
    private final DateTimeFormatter month;
    private final NumberFormat amounts;
    private final NumberFormat percents;

    private Labels(Locale locale, Map<String, String> words) {
        this.locale = locale;
        this.words = words;
        this.day = DateTimeFormatter.ofPattern(words.get(Label.DATE_PATTERN.key()), locale);
        this.month = DateTimeFormatter.ofPattern(words.get(Label.MONTH_PATTERN.key()), locale);
        this.amounts = NumberFormat.getNumberInstance(locale);
        this.percents = NumberFormat.getNumberInstance(locale);
        percents.setMaximumFractionDigits(1);
    }

    /**
     * Looks up every label, every activity and state, and the given task kinds.
     *
     * @param text      the reader's message lookup
     * @param locale    the reader's locale, for numbers, dates and the PDF's language tag
     * @param taskKinds the task kinds' names the report shows ({@code null}s are skipped)
     * @throws IllegalArgumentException when the lookup gives no text for a key, or a date pattern is not valid;
     *                                  whatever the lookup throws for a missing key is passed on
     */
    static Labels of(Function<String, String> text, Locale locale, Collection<String> taskKinds) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(locale, "locale");
        List<String> keys = new ArrayList<>();
        for (Label label : Label.values()) {
            keys.add(label.key());
        }
        for (Activity activity : Activity.values()) {
            keys.add(ACTIVITY_PREFIX + activity.name());
        }
        for (PayableState state : PayableState.values()) {
            keys.add(STATE_PREFIX + state.name());
        }
        taskKinds.stream().filter(Objects::nonNull).forEach(kind -> keys.add(TASK_KIND_PREFIX + kind));
        Map<String, String> words = new HashMap<>();
        for (String key : keys) {
            String word = text.apply(key);
            if (word == null) {
                throw new IllegalArgumentException("No text for " + key);
            }
            words.put(key, word);
        }
        return new Labels(locale, words);
    }

    Locale locale() {
        return locale;
    }

    String get(Label label) {
        return words.get(label.key());
    }

    /** The labels, in order: a header row. */
    List<String> all(Label... labels) {
        List<String> texts = new ArrayList<>(labels.length);
        for (Label label : labels) {
            texts.add(get(label));
        }
        return texts;
    }

    String activity(Activity activity) {
        return words.get(ACTIVITY_PREFIX + activity.name());
    }

    String state(PayableState state) {
        return words.get(STATE_PREFIX + state.name());
    }

    /** The task kind's name in this language; empty for none. */
    String taskKind(String kind) {
        return kind == null ? "" : words.get(TASK_KIND_PREFIX + kind);
    }

    /**
     * The task kind a rate is for: the kind's name, "any other kind" for the general task-hour rate (which applies to
     * every kind without its own), and nothing for activities not paid by kind.
     */
    String rateTaskKind(Activity activity, String kind) {
        if (kind == null && activity.byTaskKind()) {
            return get(Label.ANY_TASK_KIND);
        }
        return taskKind(kind);
    }

    /** A day in this language's pattern; empty for none. */
    String date(LocalDate date) {
        return date == null ? "" : day.format(date);
    }

    /** A period as its month in this language ("March 2026", "mart 2026."). */
    String month(LocalDate period) {
        return month.format(period);
    }

    /** "1 March 2026 – 31 March 2026" in this language's pattern. */
    String span(LocalDate from, LocalDate to) {
        return date(from) + " \u2013 " + date(to);
    }

    /** An amount without its currency, as this language writes numbers ("1,500.00", "1.500,00"). */
    String amount(Money money) {
        amounts.setMinimumFractionDigits(money.currency().minorUnit());
        amounts.setMaximumFractionDigits(money.currency().minorUnit());
        return amounts.format(money.amount());
    }

    /** An amount with its currency code after it ("1.500,00 RSD"). */
    String money(Money money) {
        return amount(money) + " " + money.currency().name();
    }

    /** A percentage with at most one decimal ("120 %", "133,3 %"). */
    String percent(BigDecimal percent) {
        return percents.format(percent) + " %";
    }
}
