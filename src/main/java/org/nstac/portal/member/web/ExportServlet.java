package org.nstac.portal.member.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.nstac.portal.member.application.MemberExport;
import org.nstac.portal.member.report.MemberDataPdf;
import org.nstac.portal.member.application.CurrentMember;
import org.nstac.portal.platform.LanguageBean;

/**
 * {@code /member/export}: the "Download my data" links on the member's page (signed in, member area only): the JSON
 * file, or with {@code ?format=pdf} the same content as a PDF to read, in the member's language.
 */
@WebServlet("/member/export")
public class ExportServlet extends HttpServlet {

    @Inject
    CurrentMember current;

    @Inject
    MemberExport export;

    @Inject
    LanguageBean language;

    @Inject
    org.nstac.portal.platform.Messages messages;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        var me = current.member();
        if (me.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        var locale = language.getLocale();
        var data = export.of(me.get(), locale);
        if ("pdf".equals(request.getParameter("format"))) {
            var pdf = new java.io.ByteArrayOutputStream();
            MemberDataPdf.write(data, key -> messages.get(locale, key), locale, pdf);
            response.setContentType("application/pdf");
            response.setHeader("Content-Disposition", "attachment; filename=\"my-council-data.pdf\"");
            response.setContentLength(pdf.size());
            pdf.writeTo(response.getOutputStream());
            return;
        }
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"my-council-data.json\"");
        response.getWriter().write(data.toString());
    }
}
