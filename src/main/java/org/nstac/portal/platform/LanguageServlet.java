package org.nstac.portal.platform;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * {@code GET /language?set=sr-Latn&back=/path}: remembers the chosen language in a cookie and returns to the page.
 * A plain link, so it works without JavaScript and without a Faces form.
 */
@WebServlet("/language")
public class LanguageServlet extends HttpServlet {

    private static final int ONE_YEAR = 365 * 24 * 3600;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Languages.fromTag(request.getParameter("set")).ifPresent(locale -> {
            Cookie cookie = new Cookie(LanguageBean.COOKIE, locale.toLanguageTag());
            cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
            cookie.setMaxAge(ONE_YEAR);
            cookie.setHttpOnly(true);
            cookie.setSecure(request.isSecure());
            cookie.setAttribute("SameSite", "Lax");
            response.addCookie(cookie);
        });
        response.sendRedirect(request.getContextPath() + safeReturnPath(request.getParameter("back")));
    }

    /** Only a local absolute path is followed; anything else (another host, a scheme) goes to the landing page. */
    static String safeReturnPath(String back) {
        if (back == null || !back.startsWith("/") || back.startsWith("//") || back.contains("\\")
                || back.contains("\r") || back.contains("\n") || back.contains(":")) {
            return "/";
        }
        return back;
    }
}
