package org.nstac.portal.platform;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * An example request for each creation in {@code /openapi}, by operation id, as a client developer would write it.
 * Invented data only: pseudonyms, {@code example.org} addresses, the test IBAN. The document test checks that every
 * operation answering 201 with a JSON body has one here.
 */
final class ApiExamples {

    private static final Map<String, String> EXAMPLES = Map.ofEntries(
            Map.entry("createConsultation", """
                    {"title": "Draft law on the protection of survivors' data",
                     "summary": "How shelters and ministries may keep and share survivors' records.",
                     "policyArea": "Data protection",
                     "opensAt": "2027-02-01T08:00:00Z", "closesAt": "2027-03-01T22:00:00Z",
                     "answersDueAt": "2027-04-01T22:00:00Z",
                     "contentNotes": ["Mentions of exploitation in general terms"],
                     "sections": [{"heading": "Article 1: Purpose", "text": "This law sets out ...",
                                   "contentNotes": []}],
                     "openAutomatically": true, "paidPreparationHours": 3, "draftingHours": 6,
                     "ministryPays": false}"""),
            Map.entry("publishConsultationVersion", """
                    {"sections": [{"heading": "Article 1: Purpose", "text": "This law sets out, after the council's \
                    comments, ...", "contentNotes": []}]}"""),
            Map.entry("publishFinalVersion", """
                    {"sections": [{"heading": "Article 1: Purpose", "text": "This law sets out, as adopted, ...",
                                   "contentNotes": [], "ledBy": [41, 57]}]}"""),
            Map.entry("createContentNote", """
                    {"code": "housing", "labelEn": "Housing and shelter", "labelSr": "Stanovanje i sklonište"}"""),
            Map.entry("createComment", """
                    {"sectionId": 12, "parentId": null,
                     "body": "Shelters should not share records without the survivor's written consent.",
                     "attribution": "COUNCIL"}"""),
            Map.entry("createPreparationClaim", """
                    {"kind": "PREPARATION", "hours": "2.5"}"""),
            Map.entry("createDirectoryEntry", """
                    {"organisation": "Legal aid centre", "services": ["LEGAL"], "languages": ["sr", "en"],
                     "area": "Belgrade", "phone": "+381 11 000 0000", "email": "help@example.org",
                     "website": "https://example.org", "hours": "Mon-Fri 9-17",
                     "description": {"en": "Free legal advice.", "sr": "Besplatni pravni saveti."}}"""),
            Map.entry("createMeeting", """
                    {"kind": "PLENARY", "title": "December plenary", "agenda": "1. The data protection draft",
                     "start": "2027-12-10T09:00:00Z", "end": "2027-12-10T13:00:00Z", "online": false,
                     "venueOrLink": "Hall 3", "language": "sr-Latn", "interpretation": "en", "capacity": 20,
                     "consultationId": null, "organisationCode": null, "meetingDays": "1",
                     "preparationHours": "2", "perDiemDays": 1, "travelKm": "0"}"""),
            Map.entry("createInvitation", """
                    {"memberRef": "M-7Q4K2"}"""),
            Map.entry("proposeMinutesCorrection", """
                    {"text": "Item 2: the council asked for written consent, not verbal consent."}"""),
            Map.entry("admitMember", """
                    {"pseudonym": "Wren", "legalName": "Ana Example", "email": "wren@example.org",
                     "phone": "+381 60 000 0000", "iban": "RS35105008123123123173", "paidThroughPartner": false,
                     "emergencyContact": "Support worker, +381 60 000 0001", "language": "sr-Latn", "adult": true,
                     "yearsSinceExploitation": 3, "belowRuleReason": null,
                     "readiness": {"date": "2027-01-15", "organisation": "Counselling centre", "outcome": "READY"}}"""),
            Map.entry("createExpenseClaim", """
                    {"kind": "TRAVEL", "date": "2027-12-10", "amount": "1200.00", "currency": "RSD",
                     "description": "Bus to the December plenary and back"}"""),
            Map.entry("createPayable", """
                    {"memberRef": "M-7Q4K2", "activity": "PUBLIC_SPEAKING", "quantity": "1",
                     "workDate": "2027-12-12", "description": "Round table on labour exploitation",
                     "funder": "COUNCIL_BUDGET"}"""),
            Map.entry("createPaymentBatch", """
                    {"reason": "December payments"}"""),
            Map.entry("createRate", """
                    {"activity": "TASK_HOUR", "taskKind": "REVIEW_DRAFT", "memberAmount": "1500.00",
                     "expertReference": "1500.00", "currency": "RSD", "validFrom": "2028-01-01"}"""),
            Map.entry("assignStipend", """
                    {"memberRef": "M-7Q4K2", "role": "CHAIR", "from": "2027-01", "to": "2027-12"}"""),
            Map.entry("createTask", """
                    {"title": "Review the data protection draft", "outcome": "Written comments on articles 1-5",
                     "kind": "REVIEW_DRAFT", "consultationId": null, "estimatedHours": 4, "payBasis": "HOURLY",
                     "currency": "RSD", "deadline": "2027-02-20", "roles": [], "topics": [],
                     "publicFacing": false, "mediaPresent": false}"""),
            Map.entry("createOffer", """
                    {"memberRef": "M-7Q4K2"}"""),
            Map.entry("createWorkLog", """
                    {"date": "2027-02-10", "hours": "2.5", "note": "Read articles 1-3 and wrote comments"}"""),
            Map.entry("publishEngagementTerms", """
                    {"version": 2, "textEn": "What the council offers you and what it asks ...",
                     "textSr": "Šta vam savet nudi i šta traži ..."}"""),
            Map.entry("createLearningOpportunity", """
                    {"title": "Training of trainers", "provider": "Independent training centre (example)",
                     "description": "Three days on leading a workshop", "startDate": "2027-03-01",
                     "endDate": "2027-03-03", "language": "sr", "places": 6, "paidHours": "18",
                     "contentNotes": [], "rolePrepared": "EDUCATOR"}"""),
            Map.entry("createLearningOffer", """
                    {"memberRef": "M-7Q4K2"}"""),
            Map.entry("createOrganisation", """
                    {"code": "ngo-example", "kind": "NGO", "nameEn": "Example Support Network (demo)",
                     "nameSr": "Primer mreže podrške (demo)"}"""),
            Map.entry("stepAsideFromConsultation", """
                    {"consultationId": 12, "organisation": "Example Support Network", "relation": "EMPLOYED"}"""),
            Map.entry("recordReadinessAssessment", """
                    {"memberRef": "M-7Q4K2", "date": "2027-01-15", "organisation": "Counselling centre",
                     "outcome": "NOT_YET", "reassessOn": "2027-04-15"}"""),
            Map.entry("proposeQuote", """
                    {"memberRef": "M-7Q4K2", "text": "We were heard, and the law changed.",
                     "purpose": "Annual report 2027, page on consultations", "publishOn": "2027-03-01"}"""),
            Map.entry("recordIncident", """
                    {"occurredOn": "2027-01-15", "kind": "DISTRESS_IN_MEETING",
                     "actions": ["SUPPORT_PERSON_CALLED", "MEETING_PAUSED"],
                     "note": "Quiet room offered, break of 20 minutes", "followUpOn": "2027-01-17",
                     "memberRef": "M-7Q4K2"}"""),
            Map.entry("askForSupport", """
                    {"about": "MEETING", "refId": 12, "urgency": "NOW", "note": "I need a quiet room for a moment"}"""),
            Map.entry("publishConsentText", """
                    {"purpose": "QUOTING", "textEn": "You agree that the council may quote ...",
                     "textSr": "Saglasni ste da savet može da citira ..."}"""));

    private ApiExamples() {
    }

    /** The example for an operation, as maps, lists and values the document writer turns into JSON. */
    static Optional<Object> forOperation(String operationId) {
        String json = operationId == null ? null : EXAMPLES.get(operationId);
        if (json == null) {
            return Optional.empty();
        }
        try (var reader = Json.createReader(new StringReader(json))) {
            return Optional.ofNullable(plain(reader.readValue()));
        }
    }

    static java.util.Set<String> operationIds() {
        return EXAMPLES.keySet();
    }

    private static Object plain(JsonValue value) {
        return switch (value.getValueType()) {
            case OBJECT -> {
                Map<String, Object> map = new LinkedHashMap<>();
                for (Map.Entry<String, JsonValue> e : ((JsonObject) value).entrySet()) {
                    map.put(e.getKey(), plain(e.getValue()));
                }
                yield map;
            }
            case ARRAY -> ((JsonArray) value).stream().map(ApiExamples::plain).toList();
            case STRING -> ((JsonString) value).getString();
            case NUMBER -> ((JsonNumber) value).bigDecimalValue();
            case TRUE -> Boolean.TRUE;
            case FALSE -> Boolean.FALSE;
            case NULL -> null;
        };
    }
}
