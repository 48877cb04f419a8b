package org.nstac.portal.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.nstac.portal.client.ApiClient;
import org.nstac.portal.client.ApiException;
import org.nstac.portal.client.api.ConsultationsApi;
import org.nstac.portal.client.model.AnswerInput;
import org.nstac.portal.client.model.CommentInput;
import org.nstac.portal.client.model.CommentJson;
import org.nstac.portal.client.model.ConsultationInput;
import org.nstac.portal.client.model.ConsultationView;
import org.nstac.portal.client.model.Page;
import org.nstac.portal.client.model.PhaseChange;
import org.nstac.portal.client.model.SectionInput;
import org.nstac.portal.client.model.SectionView;
import org.nstac.portal.it.PortalStack;
import org.nstac.portal.it.Tokens;

/**
 * A partner's view of the API: only the Java client the build generated from the API document
 * (openapi-generator, {@code java} generator, {@code native} library: java.net.http and Jackson), nothing of the
 * portal's own code. A ministry opens a consultation, a member reads what is open and comments, the ministry answers,
 * and a refusal comes back as the documented error body.
 */
@ExtendWith(PortalStack.class)
class GeneratedClientIT {

    @Test
    void aMemberCommentsOnAnOpenConsultationAndTheMinistryAnswersThroughTheGeneratedClient() throws Exception {
        ConsultationsApi justice = new ConsultationsApi(clientFor("justice"));
        ConsultationsApi sunflower = new ConsultationsApi(clientFor("sunflower"));
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
        String title = "Generated client draft " + System.nanoTime();

        ConsultationView draft = justice.createConsultation(new ConsultationInput().title(title)
                .summary("How shelters keep survivors' records.").policyArea("Data protection")
                .opensAt(now.plusDays(1)).closesAt(now.plusDays(10)).answersDueAt(now.plusDays(30))
                .contentNotes(List.of())
                .sections(List.of(new SectionInput().heading("Article 1").text("Records are kept ...")
                        .contentNotes(List.of()))));
        assertEquals("DRAFT", draft.getPhase());
        assertEquals(title, draft.getTitle());
        assertEquals("OPEN", justice.moveConsultationPhase(draft.getId(), new PhaseChange().phase("OPEN")).getPhase());

        ConsultationView open = sunflower.listConsultations().stream().filter(c -> c.getId().equals(draft.getId()))
                .findFirst().orElseThrow(() -> new AssertionError("the member sees the open consultation"));
        assertEquals("OPEN", open.getPhase());
        List<SectionView> sections = sunflower.listConsultationSections(open.getId(), null);
        assertEquals("Article 1", sections.get(0).getHeading());

        CommentJson comment = sunflower.createComment(open.getId(), new CommentInput()
                .sectionId(sections.get(0).getId()).body("Records should leave a shelter only with written consent.")
                .attribution("COUNCIL"));
        assertNotNull(comment.getId());
        assertTrue(Boolean.TRUE.equals(comment.getMine()), "the member's own comment");

        Page waiting = justice.listConsultationComments(open.getId(), null, true, 0, 50, false, null);
        CommentJson seen = waiting.getComments().stream().filter(c -> c.getId().equals(comment.getId())).findFirst()
                .orElseThrow(() -> new AssertionError("the ministry sees the comment waiting for an answer"));
        assertEquals("Records should leave a shelter only with written consent.", seen.getBody());
        justice.answerComment(comment.getId(), new AnswerInput().disposition("ACCEPTED")
                .reason("Article 1 will require written consent."));

        CommentJson answered = sunflower.listConsultationComments(open.getId(), null, false, 0, 50, false, null).getComments()
                .stream().filter(c -> c.getId().equals(comment.getId())).findFirst().orElseThrow();
        assertNotNull(answered.getAnswer(), "the member reads the ministry's answer");
        assertEquals("Article 1 will require written consent.", answered.getAnswer().getReason());
    }

    @Test
    void aRefusalArrivesAsTheDocumentedStatusAndErrorBody() throws Exception {
        ConsultationsApi member = new ConsultationsApi(clientFor("sunflower"));

        ApiException notForMembers = assertThrows(ApiException.class, () -> member.createConsultation(
                new ConsultationInput().title("A member may not create consultations")));
        assertEquals(400, notForMembers.getCode(), "a member is told the rule: only ministries and partners ask");
        JsonNode rule = new ApiClient().getObjectMapper().readTree(notForMembers.getResponseBody());
        assertEquals("consultation.create.notMinistry", rule.get("error").asText());
        assertTrue(!rule.get("message").asText().isBlank());

        ApiException notThere = assertThrows(ApiException.class, () -> member.getConsultation(Long.MAX_VALUE));
        assertEquals(404, notThere.getCode(), "404, never 403");
        JsonNode error = new ApiClient().getObjectMapper().readTree(notThere.getResponseBody());
        assertEquals("not_found", error.get("error").asText());
        assertTrue(!error.get("message").asText().isBlank());

        ApiException noComment = assertThrows(ApiException.class, () -> member.createComment(Long.MAX_VALUE,
                new CommentInput().body("")));
        assertTrue(noComment.getCode() == 400 || noComment.getCode() == 404, "refused: " + noComment.getCode());
    }

    /** The generated client pointed at the test stack, with a demo user's bearer token on every request. */
    private static ApiClient clientFor(String user) throws Exception {
        String token = Tokens.accessToken(user, user);
        ApiClient client = new ApiClient();
        client.updateBaseUri(PortalStack.portalUrl());
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token)
                .header("Accept-Language", "en"));
        return client;
    }
}
