package org.nstac.portal.consultation.application;

import org.nstac.portal.shared.NotFound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.nstac.portal.audit.application.AuditLog;
import org.nstac.portal.consultation.domain.Action;
import org.nstac.portal.consultation.domain.ConsultationRules;
import org.nstac.portal.consultation.infrastructure.ConsultationRecord;
import org.nstac.portal.consultation.infrastructure.DocumentRecord;
import org.nstac.portal.consultation.text.PdfCheck;

/**
 * Supporting PDFs of a consultation. The bytes are checked to really be a PDF (not only named one), kept in a folder
 * outside the web root under a random name, and served only to those who may see the consultation.
 */
@ApplicationScoped
public class Documents {

    public static final int MAX_NAME = 200;

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    Consultations consultations;

    @Inject
    AuditLog audit;

    @Inject
    @ConfigProperty(name = "portal.documents.dir", defaultValue = "portal-documents")
    String directory;

    /** A document with its bytes, for a download. */
    public record Download(DocumentRecord document, byte[] content) {
    }

    @Transactional
    public DocumentRecord attach(long consultationId, String fileName, InputStream upload, Viewer viewer)
            throws IOException {
        ConsultationRecord c = consultations.visible(consultationId, viewer);
        ConsultationRules.require(viewer.relationsTo(c), Action.ATTACH_DOCUMENT, c.getPhase());
        byte[] content = PdfCheck.read(upload);
        String name = cleanName(fileName);
        String stored = UUID.randomUUID() + ".pdf";
        Path dir = Path.of(directory).toAbsolutePath();
        Files.createDirectories(dir);
        Files.write(dir.resolve(stored), content);
        DocumentRecord document = new DocumentRecord(c.getId(), name, content.length, sha256(content), stored,
                viewer.login(), consultations.now());
        em.persist(document);
        audit.record(viewer.login(), "document.attached", "consultation:" + c.getId(), "document=" + stored);
        return document;
    }

    public List<DocumentRecord> of(long consultationId, Viewer viewer) {
        ConsultationRecord c = consultations.visible(consultationId, viewer);
        return em.createQuery("select d from DocumentRecord d where d.consultationId = :c order by d.id",
                DocumentRecord.class).setParameter("c", c.getId()).getResultList();
    }

    public Download download(long consultationId, long documentId, Viewer viewer) {
        ConsultationRecord c = consultations.visible(consultationId, viewer);
        DocumentRecord document = em.find(DocumentRecord.class, documentId);
        if (document == null || !document.getConsultationId().equals(c.getId())) {
            throw new NotFound();
        }
        try {
            return new Download(document, Files.readAllBytes(Path.of(directory).toAbsolutePath()
                    .resolve(document.getStoredName())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The name as shown: no path, no control characters, a .pdf ending, at most {@value #MAX_NAME} characters. */
    static String cleanName(String fileName) {
        String name = fileName == null ? "" : fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").strip();
        if (name.isEmpty()) {
            name = "document.pdf";
        }
        if (!name.toLowerCase(java.util.Locale.ROOT).endsWith(".pdf")) {
            name = name + ".pdf";
        }
        return name.length() > MAX_NAME ? name.substring(name.length() - MAX_NAME) : name;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
