package org.nstac.portal.member.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.nstac.portal.member.application.MemberExport;
import org.nstac.portal.member.application.CurrentMember;
import org.nstac.portal.platform.LanguageBean;

/** {@code /member/export}: the "Download my data" link on the member's page (signed in, member area only). */
@WebServlet("/member/export")
public class ExportServlet extends HttpServlet {

    @Inject
    CurrentMember current;

    @Inject
    MemberExport export;

    @Inject
    LanguageBean language;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        var me = current.member();
        if (me.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"my-council-data.json\"");
        response.getWriter().write(export.of(me.get(), language.getLocale()).toString());
    }
}
