package org.nstac.portal.report.application;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nstac.portal.report.domain.AnnualFigures;
import org.nstac.portal.report.domain.Count;
import org.nstac.portal.report.domain.Share;

/**
 * The stored form of a year's figures (the {@code annual_report.figures} snapshot): every count with the number of
 * members behind it and whether it is hidden, so a published report reads back exactly as it was published, whatever
 * later data or rules say. Internal: the API and the pages show only what {@link AnnualFigures} lets them.
 */
final class FiguresJson {

    private FiguresJson() {
    }

    static String store(AnnualFigures f) {
        JsonObjectBuilder o = Json.createObjectBuilder().add("year", f.year()).add("asOf", f.asOf().toString())
                .add("consultations", count(f.consultations())).add("comments", count(f.comments()))
                .add("answers", counts(f.answers())).add("changes", count(f.changes()))
                .add("adoptedShare", share(f.adoptedShare())).add("meetings", count(f.meetings()))
                .add("meetingsByKind", counts(f.meetingsByKind())).add("membersActive", count(f.membersActive()))
                .add("membersPaused", count(f.membersPaused())).add("giniOffers", share(f.giniOffers()))
                .add("giniEarnings", share(f.giniEarnings())).add("earningsCurrency", f.earningsCurrency())
                .add("giniInvitations", share(f.giniInvitations())).add("tasksOffered", count(f.tasksOffered()))
                .add("tasksAccepted", count(f.tasksAccepted())).add("learningOffered", count(f.learningOffered()))
                .add("learningAccepted", count(f.learningAccepted()))
                .add("learningCompleted", count(f.learningCompleted())).add("positions", f.positions())
                .add("positionAnswers", longs(f.positionAnswers())).add("outcomes", longs(f.outcomes()));
        JsonArrayBuilder pay = Json.createArrayBuilder();
        for (AnnualFigures.Payment p : f.payments()) {
            pay.add(Json.createObjectBuilder().add("activity", p.activity()).add("currency", p.currency())
                    .add("amount", p.amount().toPlainString()).add("members", p.members()).add("hidden", p.hidden()));
        }
        JsonArrayBuilder months = Json.createArrayBuilder();
        for (AnnualFigures.Month m : f.participation()) {
            months.add(Json.createObjectBuilder().add("month", m.month()).add("offered", count(m.offered()))
                    .add("commented", count(m.commented())).add("attended", count(m.attended())));
        }
        return o.add("payments", pay).add("incidents", count(f.incidents()))
                .add("incidentsByKind", counts(f.incidentsByKind())).add("participation", months).build().toString();
    }

    static AnnualFigures load(String json) {
        JsonObject o;
        try (var reader = Json.createReader(new StringReader(json))) {
            o = reader.readObject();
        }
        List<AnnualFigures.Payment> pay = new ArrayList<>();
        for (var v : o.getJsonArray("payments")) {
            JsonObject p = v.asJsonObject();
            pay.add(new AnnualFigures.Payment(p.getString("activity"), p.getString("currency"),
                    new BigDecimal(p.getString("amount")), p.getInt("members"), p.getBoolean("hidden")));
        }
        return new AnnualFigures(o.getInt("year"), LocalDate.parse(o.getString("asOf")), count(o, "consultations"),
                count(o, "comments"), counts(o.getJsonObject("answers")), count(o, "changes"),
                share(o, "adoptedShare"), count(o, "meetings"), counts(o.getJsonObject("meetingsByKind")),
                count(o, "membersActive"), count(o, "membersPaused"), share(o, "giniOffers"),
                share(o, "giniEarnings"), o.getString("earningsCurrency"), share(o, "giniInvitations"),
                count(o, "tasksOffered"), count(o, "tasksAccepted"), count(o, "learningOffered"),
                count(o, "learningAccepted"), count(o, "learningCompleted"), o.getJsonNumber("positions").longValue(),
                longs(o.getJsonObject("positionAnswers")), longs(o.getJsonObject("outcomes")), pay,
                // A snapshot drafted before incidents were counted has none.
                o.containsKey("incidents") ? count(o, "incidents") : Count.ZERO,
                o.containsKey("incidentsByKind") ? counts(o.getJsonObject("incidentsByKind")) : Map.of(),
                // Nor month-by-month participation, one drafted before it was counted.
                o.containsKey("participation") ? o.getJsonArray("participation").stream().map(v -> {
                    JsonObject m = v.asJsonObject();
                    return new AnnualFigures.Month(m.getString("month"), count(m, "offered"),
                            count(m, "commented"), count(m, "attended"));
                }).toList() : List.of());
    }

    private static JsonObjectBuilder count(Count c) {
        return Json.createObjectBuilder().add("value", c.value()).add("members", c.members()).add("hidden", c.hidden());
    }

    private static JsonObjectBuilder counts(Map<String, Count> counts) {
        JsonObjectBuilder o = Json.createObjectBuilder();
        counts.forEach((k, c) -> o.add(k, count(c)));
        return o;
    }

    private static JsonObjectBuilder longs(Map<String, Long> values) {
        JsonObjectBuilder o = Json.createObjectBuilder();
        values.forEach(o::add);
        return o;
    }

    private static JsonObjectBuilder share(Share s) {
        JsonObjectBuilder o = Json.createObjectBuilder().add("members", s.members()).add("hidden", s.hidden());
        return s.value() == null ? o.addNull("value") : o.add("value", s.value().toPlainString());
    }

    private static Count count(JsonObject o, String name) {
        return count(o.getJsonObject(name));
    }

    private static Count count(JsonObject c) {
        return new Count(c.getJsonNumber("value").longValue(), c.getInt("members"), c.getBoolean("hidden"));
    }

    private static Map<String, Count> counts(JsonObject o) {
        Map<String, Count> out = new LinkedHashMap<>();
        o.forEach((k, v) -> out.put(k, count(v.asJsonObject())));
        return out;
    }

    private static Map<String, Long> longs(JsonObject o) {
        Map<String, Long> out = new LinkedHashMap<>();
        o.forEach((k, v) -> out.put(k, ((jakarta.json.JsonNumber) v).longValue()));
        return out;
    }

    private static Share share(JsonObject o, String name) {
        JsonObject s = o.getJsonObject(name);
        return new Share(s.isNull("value") ? null : new BigDecimal(s.getString("value")), s.getInt("members"),
                s.getBoolean("hidden"));
    }
}
