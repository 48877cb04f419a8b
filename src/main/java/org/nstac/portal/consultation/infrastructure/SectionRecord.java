package org.nstac.portal.consultation.infrastructure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.List;

/** One numbered section (article) of one draft version. A new version copies every section anew. */
@Entity
@Table(name = "consultation_section")
public class SectionRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "consultation_id", nullable = false, updatable = false)
    private Long consultationId;

    @Column(name = "draft_version", nullable = false, updatable = false)
    private int draftVersion;

    @Column(nullable = false, updatable = false)
    private int number;

    @Column(nullable = false)
    private String heading;

    @Column(nullable = false)
    private String body;

    @Column(name = "content_notes", nullable = false)
    private String contentNotes = "";

    protected SectionRecord() {
        // for JPA
    }

    public SectionRecord(Long consultationId, int draftVersion, int number, String heading, String body,
            List<String> contentNotes) {
        this.consultationId = consultationId;
        this.draftVersion = draftVersion;
        this.number = number;
        this.heading = heading;
        this.body = body;
        this.contentNotes = String.join(",", contentNotes == null ? List.of() : contentNotes);
    }

    public Long getId() {
        return id;
    }

    public Long getConsultationId() {
        return consultationId;
    }

    public int getDraftVersion() {
        return draftVersion;
    }

    public int getNumber() {
        return number;
    }

    public String getHeading() {
        return heading;
    }

    public String getBody() {
        return body;
    }

    public List<String> getContentNotes() {
        return contentNotes.isEmpty() ? List.of() : Arrays.asList(contentNotes.split(","));
    }
}
