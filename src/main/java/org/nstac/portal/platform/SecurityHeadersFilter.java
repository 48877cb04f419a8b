package org.nstac.portal.platform;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * Response headers on every answer, with the name of the node that answered ({@code X-Portal-Node}). The page's Content-Security-Policy with script nonces comes from PrimeFaces'
 * CSP mode (web.xml); this filter adds a baseline policy for everything else (API, servlets, error dispatches), and
 * stops browsers and proxies from keeping copies of pages, which may show what a member is doing.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true,
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.ERROR})
public class SecurityHeadersFilter extends HttpFilter {

    static final String BASELINE_CSP = "default-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        apply(request, response);
        chain.doFilter(request, new OnePolicyResponse(response));
    }

    /**
     * Sets the headers. Also called by the authentication mechanism, which answers some requests (the redirect to
     * sign in, the API's 401) before any filter runs.
     */
    public static void apply(HttpServletRequest request, HttpServletResponse response) {
        // Which node answered: with several behind a load balancer, operators (and the failover tests) need to know.
        response.setHeader(Node.HEADER, Node.name());
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        if (request.isSecure() || "https".equalsIgnoreCase(request.getHeader("X-Forwarded-Proto"))) {
            // Served over TLS (directly, or by a proxy that terminates it): browsers must never come back in clear.
            response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
        if (!isStaticResource(request)) {
            // Faces pages replace this with PrimeFaces' policy, which carries the same directives plus nonces.
            response.setHeader("Content-Security-Policy", BASELINE_CSP);
            response.setHeader("Cache-Control", "no-store");
            response.setHeader("Pragma", "no-cache");
        }
    }

    /** Lets a later Content-Security-Policy (PrimeFaces' nonce policy) replace the baseline instead of adding to it. */
    private static final class OnePolicyResponse extends HttpServletResponseWrapper {

        OnePolicyResponse(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void addHeader(String name, String value) {
            if ("Content-Security-Policy".equalsIgnoreCase(name)) {
                super.setHeader(name, value);
            } else {
                super.addHeader(name, value);
            }
        }
    }

    private static boolean isStaticResource(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/jakarta.faces.resource/");
    }
}
