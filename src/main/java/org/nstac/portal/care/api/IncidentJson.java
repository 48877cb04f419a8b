package org.nstac.portal.care.api;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.nstac.portal.care.application.Incidents;
import org.nstac.portal.care.infrastructure.IncidentRecord;
import org.nstac.portal.shared.DomainRuleViolation;

/**
 * An incident entry as the API shows it to the secretariat and the chair: when, what kind, what was done, the
 * follow-up and the member's opaque reference (never a name). Days as ISO dates, times in UTC.
 *
 * @param followUpDue whether the follow-up waits today (its day has come and it is not done)
 */
public record IncidentJson(long id, String occurredOn, String kind, List<String> actions, String note,
        String followUpOn, boolean followUpDone, boolean followUpDue, String followUpDoneAt, String memberRef,
        String recordedBy, String recordedAt, String updatedBy, String updatedAt) {

    public static final String FIELD_UNKNOWN = "care.incident.field.unknown";
    public static final String FIELD_NOT_KEPT = "care.incident.field.notKept";
    public static final String INVALID = "care.incident.invalid";
    public static final String DATE_INVALID = "care.incident.date.invalid";

    /** A field name safe to say back in the message: a plain identifier of reasonable length. */
    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,39}");

    static IncidentJson of(IncidentRecord i, boolean due) {
        return new IncidentJson(i.getId(), i.getOccurredOn().toString(), i.getKind().name(),
                i.getActions().stream().map(Enum::name).toList(), i.getNote(),
                i.getFollowUpOn() == null ? null : i.getFollowUpOn().toString(), i.isFollowUpDone(), due,
                i.getFollowUpDoneAt() == null ? null : i.getFollowUpDoneAt().toString(), i.getMemberRef(),
                i.getRecordedBy(), i.getRecordedAt().toString(), i.getUpdatedBy(),
                i.getUpdatedAt() == null ? null : i.getUpdatedAt().toString());
    }

    /**
     * A request body as a draft. Only the entry's own fields are taken: JSON binding elsewhere in the API ignores a
     * field it does not know, but here a "story", "account" or "description" must never be quietly dropped as if it
     * had been kept, nor kept: it is refused, with a message that says the log holds no account of anyone's
     * experience.
     *
     * @throws DomainRuleViolation {@value #FIELD_UNKNOWN} (with the field's name) for a field the entry does not have,
     *                             {@value #INVALID} for a body that is not an object of the right shape
     */
    static Incidents.Draft draft(String body) {
        if (body == null || body.isBlank()) {
            throw new DomainRuleViolation(INVALID);
        }
        JsonObject in;
        try (jakarta.json.JsonReader reader = jakarta.json.Json.createReader(new java.io.StringReader(body))) {
            JsonValue value = reader.readValue();
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                throw new DomainRuleViolation(INVALID);
            }
            in = value.asJsonObject();
        } catch (jakarta.json.JsonException | IllegalStateException notJson) {
            throw new DomainRuleViolation(INVALID);
        }
        for (String field : in.keySet()) {
            if (!Incidents.FIELDS.contains(field)) {
                if (NAME.matcher(field).matches()) {
                    throw new DomainRuleViolation(FIELD_UNKNOWN, field);
                }
                throw new DomainRuleViolation(FIELD_NOT_KEPT);
            }
        }
        Set<String> given = new HashSet<>(in.keySet());
        List<String> actions = null;
        JsonValue a = in.get("actions");
        if (a != null && a.getValueType() != JsonValue.ValueType.NULL) {
            if (a.getValueType() != JsonValue.ValueType.ARRAY) {
                throw new DomainRuleViolation(INVALID);
            }
            actions = new ArrayList<>();
            for (JsonValue v : a.asJsonArray()) {
                if (v.getValueType() != JsonValue.ValueType.STRING) {
                    throw new DomainRuleViolation(INVALID);
                }
                actions.add(((JsonString) v).getString());
            }
        }
        Boolean done = null;
        JsonValue d = in.get("followUpDone");
        if (d != null && d.getValueType() != JsonValue.ValueType.NULL) {
            if (d.getValueType() != JsonValue.ValueType.TRUE && d.getValueType() != JsonValue.ValueType.FALSE) {
                throw new DomainRuleViolation(INVALID);
            }
            done = d.getValueType() == JsonValue.ValueType.TRUE;
        }
        return new Incidents.Draft(date(in, "occurredOn"), text(in, "kind"), actions, text(in, "note"),
                date(in, "followUpOn"), done, text(in, "memberRef"), given);
    }

    private static String text(JsonObject in, String name) {
        JsonValue value = in.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value.getValueType() != JsonValue.ValueType.STRING) {
            throw new DomainRuleViolation(INVALID);
        }
        return ((JsonString) value).getString();
    }

    private static LocalDate date(JsonObject in, String name) {
        String text = text(in, name);
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException bad) {
            throw new DomainRuleViolation(DATE_INVALID);
        }
    }
}
