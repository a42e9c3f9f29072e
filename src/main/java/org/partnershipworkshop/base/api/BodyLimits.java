package org.partnershipworkshop.base.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import org.partnershipworkshop.base.InputTooLargeException;
import org.partnershipworkshop.base.Limits;
import org.partnershipworkshop.base.Violation;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The largest body each endpoint reads (decision 0166), enforced before anything else runs — before signing in,
 * before any throttle, before a byte is parsed: a declared {@code Content-Length} over the limit is answered
 * {@code 413} at once; a body without one is cut off at the limit while it is read, and that also answers 413.
 * <ul>
 * <li>anonymous endpoints: {@code POST /api/join} {@value #JOIN_BYTES} bytes, {@code /api/feedback/**}
 * {@value #FEEDBACK_BYTES}, {@code /api/surveys/**} {@value #SURVEY_BYTES};</li>
 * <li>the sign-in form {@code POST /login} {@value #LOGIN_BYTES};</li>
 * <li>a restore {@code POST /api/backup} {@value #BACKUP_BYTES} (256 MB);</li>
 * <li>every other {@code /api/**} request {@link Limits#DOCUMENT_BYTES} (5 MB, the largest document).</li>
 * </ul>
 * The Vaadin UI's own requests are limited by Vaadin and the servlet container (docs/SECURITY.md).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
public class BodyLimits extends OncePerRequestFilter {

    public static final int JOIN_BYTES = 1024;
    public static final int FEEDBACK_BYTES = 32 * 1024;
    public static final int SURVEY_BYTES = 64 * 1024;
    public static final int LOGIN_BYTES = 4 * 1024;
    public static final int BACKUP_BYTES = 256 * 1024 * 1024;

    /**
     * A document sent as a request body, read whole: the filter has cut it off at {@link Limits#DOCUMENT_BYTES}
     * already; reading one byte more and refusing it keeps an endpoint safe should it ever be mapped outside
     * {@code /api/**}.
     */
    public static byte[] document(InputStream body) throws IOException {
        byte[] document = body.readNBytes(Limits.DOCUMENT_BYTES + 1);
        if (document.length > Limits.DOCUMENT_BYTES) {
            throw new InputTooLargeException(Violation.of("", "error.documentTooLarge", Limits.DOCUMENT_BYTES / (1024 * 1024)));
        }
        return document;
    }

    /** The limit for a request, or -1 when this filter leaves it alone. */
    static long limitFor(String method, String path) {
        if (path.equals("/login")) {
            return "POST".equals(method) ? LOGIN_BYTES : -1;
        }
        if (!path.startsWith("/api/")) {
            return -1;
        }
        if (path.equals("/api/join")) {
            return JOIN_BYTES;
        }
        if (path.startsWith("/api/feedback/")) {
            return FEEDBACK_BYTES;
        }
        if (path.startsWith("/api/surveys/")) {
            return SURVEY_BYTES;
        }
        if (path.equals("/api/backup")) {
            return BACKUP_BYTES;
        }
        return Limits.DOCUMENT_BYTES;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        long limit = limitFor(request.getMethod(), path);
        if (limit < 0) {
            chain.doFilter(request, response);
            return;
        }
        if (request.getContentLengthLong() > limit) {
            refuse(response, limit);
            return;
        }
        try {
            chain.doFilter(new Limited(request, limit), response);
        } catch (ServletException | IOException | RuntimeException e) {
            if (!causedByLimit(e)) {
                throw e;
            }
            refuse(response, limit);
        }
    }

    static void refuse(HttpServletResponse response, long limit) throws IOException {
        ProblemResponses.write(response, HttpStatus.CONTENT_TOO_LARGE, "the request body is larger than this endpoint takes ("
                + limit + " bytes); nothing was read or written", Map.of("limitBytes", limit));
    }

    static boolean causedByLimit(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BodyTooLargeException) {
                return true;
            }
        }
        return false;
    }

    /** Reading past the limit of {@link BodyLimits}. */
    public static final class BodyTooLargeException extends IOException {
        private final long limit;

        BodyTooLargeException(long limit) {
            super("request body over " + limit + " bytes");
            this.limit = limit;
        }

        public long limit() {
            return limit;
        }
    }

    private static final class Limited extends HttpServletRequestWrapper {
        private final long limit;
        private ServletInputStream stream;

        Limited(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new Counting(super.getInputStream(), limit);
            }
            return stream;
        }

        @Override
        public java.io.BufferedReader getReader() throws IOException {
            String encoding = getCharacterEncoding() == null ? "UTF-8" : getCharacterEncoding();
            return new java.io.BufferedReader(new java.io.InputStreamReader(getInputStream(), encoding));
        }
    }

    private static final class Counting extends ServletInputStream {
        private final ServletInputStream in;
        private final long limit;
        private long read;

        Counting(ServletInputStream in, long limit) {
            this.in = in;
            this.limit = limit;
        }

        private int count(int n) throws IOException {
            if (n > 0) {
                read += n;
                if (read > limit) {
                    throw new BodyTooLargeException(limit);
                }
            }
            return n;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            return count(in.read(buffer, offset, (int) Math.min(length, limit - read + 1)));
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
    }
}
