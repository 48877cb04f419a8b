package org.nstac.portal.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;

/**
 * Request bodies of the API have a size limit, checked before anything reads them: 1 MB of JSON, more only where a
 * file travels (an expense claim with its receipt, a consultation's supporting PDF). A declared length over the limit
 * answers 413 at once; a body sent without a length is counted as it is read and stopped at the limit
 * ({@link TooLarge}, which the API's error mapping answers with 413 as well).
 */
@WebFilter(urlPatterns = "/api/*")
public class RequestSizeLimit extends HttpFilter {

    public static final long JSON_LIMIT = 1024 * 1024;
    /** A 5 MB receipt (or a quoted photo) is 6.7 MB in Base64, inside a claim's (or a quote's) JSON. */
    public static final long CLAIM_LIMIT = 8L * 1024 * 1024;
    /** Supporting PDFs are up to 10 MB. */
    public static final long DOCUMENT_LIMIT = 11L * 1024 * 1024;

    private static final Pattern DOCUMENTS = Pattern.compile("/consultations/\\d+/documents");

    /** The body went over its limit while it was read. */
    public static final class TooLarge extends IOException {
        public TooLarge() {
            super("request body over its size limit");
        }
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        long limit = limitFor(request.getPathInfo());
        long declared = request.getContentLengthLong();
        if (declared > limit) {
            tooLarge(request, response);
            return;
        }
        chain.doFilter(declared >= 0 ? request : new Limited(request, limit), response);
    }

    static long limitFor(String path) {
        if (path == null) {
            return JSON_LIMIT;
        }
        if (path.equals("/me/expense-claims") || path.equals("/quotes")) {
            return CLAIM_LIMIT;
        }
        if (DOCUMENTS.matcher(path).matches()) {
            return DOCUMENT_LIMIT;
        }
        return JSON_LIMIT;
    }

    static void tooLarge(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setStatus(413);
        response.setHeader("Connection", "close");
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        var locale = Languages.negotiate(request.getHeader("Accept-Language"));
        response.getWriter().write(new ApiError("payload_too_large",
                new Messages().get(locale, "api.error.payload_too_large")).toJson());
    }

    /** A request whose body stops with {@link TooLarge} once more than {@code limit} bytes were read. */
    private static final class Limited extends HttpServletRequestWrapper {
        private final long limit;
        private ServletInputStream limited;

        Limited(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (limited == null) {
                ServletInputStream in = super.getInputStream();
                limited = new ServletInputStream() {
                    private long read;

                    @Override
                    public int read() throws IOException {
                        int b = in.read();
                        if (b >= 0 && ++read > limit) {
                            throw new TooLarge();
                        }
                        return b;
                    }

                    @Override
                    public int read(byte[] buffer, int offset, int length) throws IOException {
                        int n = in.read(buffer, offset, length);
                        if (n > 0) {
                            read += n;
                            if (read > limit) {
                                throw new TooLarge();
                            }
                        }
                        return n;
                    }

                    @Override
                    public boolean isFinished() {
                        return in.isFinished();
                    }

                    @Override
                    public boolean isReady() {
                        return in.isReady();
                    }

                    @Override
                    public void setReadListener(ReadListener listener) {
                        in.setReadListener(listener);
                    }
                };
            }
            return limited;
        }
    }
}
