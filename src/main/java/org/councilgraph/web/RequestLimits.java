package org.councilgraph.web;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Set;

/**
 * Runs first on every request and refuses, at once and without reading further, what no page or query
 * needs: methods other than GET, HEAD, POST and OPTIONS (so no TRACE), a URL longer than
 * {@link #MAX_URL_CHARS} (414), a body longer than {@link #MAX_BODY_BYTES} (413; a body sent without a
 * length is cut off there), and the JSONP {@code callback} and XSLT {@code stylesheet} parameters, which
 * would let another site wrap or restyle what this server answers.
 */
final class RequestLimits implements Filter {
    /** Long enough for any SPARQL query a person writes in a GET URL; paths this server makes are far shorter. */
    static final int MAX_URL_CHARS = 16 * 1024;
    /** A SPARQL query or form posted in a body. */
    static final long MAX_BODY_BYTES = 256 * 1024;
    static final Set<String> METHODS = Set.of("GET", "HEAD", "POST", "OPTIONS");
    private static final Set<String> REFUSED_PARAMETERS = Set.of("callback", "stylesheet");

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        HttpServletResponse resp = (HttpServletResponse) response;
        if (!METHODS.contains(req.getMethod())) {
            resp.setHeader("Allow", "GET, HEAD, POST, OPTIONS");
            refuse(resp, HttpServletResponse.SC_METHOD_NOT_ALLOWED, "Method not allowed: this server answers GET, HEAD, POST and OPTIONS.");
            return;
        }
        String query = req.getQueryString();
        if (req.getRequestURI().length() + (query == null ? 0 : query.length()) > MAX_URL_CHARS) {
            refuse(resp, 414, "URL too long: at most " + MAX_URL_CHARS + " characters; POST a long query instead.");
            return;
        }
        if (req.getContentLengthLong() > MAX_BODY_BYTES) {
            refuse(resp, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "Request body too large: at most " + MAX_BODY_BYTES + " bytes.");
            return;
        }
        HttpServletRequest bounded = req.getContentLengthLong() < 0 && "POST".equals(req.getMethod()) ? new BoundedBody(req) : req;
        if (refusedParameter(bounded)) {
            refuse(resp, HttpServletResponse.SC_BAD_REQUEST, "The callback (JSONP) and stylesheet parameters are not offered; use CORS.");
            return;
        }
        chain.doFilter(bounded, response);
    }

    /** Looks only at the query string, and at the body of a form: never at a raw query body. */
    private static boolean refusedParameter(HttpServletRequest req) {
        String query = req.getQueryString();
        boolean inUrl = query != null && REFUSED_PARAMETERS.stream().anyMatch(p -> query.startsWith(p + "=") || query.contains("&" + p + "="));
        if (inUrl) return true;
        String type = req.getContentType();
        boolean form = type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("application/x-www-form-urlencoded");
        return form && REFUSED_PARAMETERS.stream().anyMatch(p -> req.getParameter(p) != null);
    }

    private static void refuse(HttpServletResponse resp, int status, String message) throws IOException {
        resp.setStatus(status);
        resp.setHeader("Connection", "close");
        resp.setContentType("text/plain; charset=utf-8");
        resp.getWriter().println(message);
    }

    /** A body sent without Content-Length (chunked): reading past the cap fails instead of filling the heap. */
    private static final class BoundedBody extends HttpServletRequestWrapper {
        private ServletInputStream bounded;

        BoundedBody(HttpServletRequest req) { super(req); }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (bounded == null) bounded = new Limited(super.getInputStream());
            return bounded;
        }
    }

    private static final class Limited extends ServletInputStream {
        private final ServletInputStream in;
        private long read;

        Limited(ServletInputStream in) { this.in = in; }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) count(1);
            return b;
        }

        @Override
        public int read(byte[] buf, int off, int len) throws IOException {
            int n = in.read(buf, off, len);
            if (n > 0) count(n);
            return n;
        }

        private void count(int n) throws IOException {
            read += n;
            if (read > MAX_BODY_BYTES) throw new IOException("request body larger than " + MAX_BODY_BYTES + " bytes");
        }

        @Override public boolean isFinished() { return in.isFinished(); }
        @Override public boolean isReady() { return in.isReady(); }
        @Override public void setReadListener(ReadListener listener) { in.setReadListener(listener); }
    }
}
