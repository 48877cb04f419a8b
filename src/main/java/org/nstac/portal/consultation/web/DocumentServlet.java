package org.nstac.portal.consultation.web;

import org.nstac.portal.shared.NotFound;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.nstac.portal.consultation.application.Consultations;
import org.nstac.portal.consultation.application.Documents;
import org.nstac.portal.consultation.application.Viewers;
import org.nstac.portal.platform.LanguageBean;

/** {@code /consultations/document?id=N&document=M}: a supporting PDF, for those who may see the consultation. */
@WebServlet("/consultations/document")
public class DocumentServlet extends HttpServlet {

    @Inject
    Documents documents;

    @Inject
    Viewers viewers;

    @Inject
    LanguageBean language;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            long id = Long.parseLong(request.getParameter("id"));
            long document = Long.parseLong(request.getParameter("document"));
            var download = documents.download(id, document, viewers.current(language.getLocale()));
            response.setContentType("application/pdf");
            response.setHeader("Cache-Control", "no-store");
            response.setHeader("Content-Disposition", "attachment; filename=\"document-" + document + ".pdf\"");
            response.getOutputStream().write(download.content());
        } catch (NumberFormatException | NullPointerException | NotFound missing) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }
}
