package org.nstac.portal.care.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.nstac.portal.care.application.Quotes;
import org.nstac.portal.care.infrastructure.QuoteRecord;
import org.nstac.portal.shared.NotFound;

/** {@code /support/quote-photo?id=N}: a proposed photo, for the member it shows and the secretariat; else 404. */
@WebServlet("/support/quote-photo")
public class QuotePhotoServlet extends HttpServlet {

    @Inject
    Quotes quotes;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            QuoteRecord q = quotes.get(Long.parseLong(request.getParameter("id")));
            if (!q.isPhoto()) {
                throw new NotFound();
            }
            response.setContentType(q.getPhotoType());
            response.setHeader("Cache-Control", "no-store");
            response.getOutputStream().write(q.getPhoto());
        } catch (NumberFormatException | NullPointerException | NotFound missing) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }
}
