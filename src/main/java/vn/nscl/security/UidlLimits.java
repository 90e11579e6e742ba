package vn.nscl.security;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Bounds what a page can send the server in one Vaadin request. Vaadin keeps every field's value in the session,
 * whatever length the browser's own limit set, so the server enforces one: someone not signed in may send at most
 * {@value #ANONYMOUS_MAX_BYTES} bytes and no text longer than {@value #ANONYMOUS_MAX_TEXT} characters (no public form
 * needs more); a signed-in person at most {@value #SIGNED_IN_MAX_BYTES} bytes (a rule file being edited).
 */
final class UidlLimits extends OncePerRequestFilter {

    static final int ANONYMOUS_MAX_BYTES = 64 * 1024;
    static final int ANONYMOUS_MAX_TEXT = 1_000;
    static final int SIGNED_IN_MAX_BYTES = 3 * 1024 * 1024;

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || !"uidl".equals(request.getParameter("v-r"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        boolean signedIn = authentication != null && authentication.getPrincipal() instanceof SignedInAccount;
        int limit = signedIn ? SIGNED_IN_MAX_BYTES : ANONYMOUS_MAX_BYTES;
        if (request.getContentLengthLong() > limit) {
            Refusals.write(response, 413, "Dữ liệu gửi lên quá lớn.");
            return;
        }
        byte[] body;
        try (InputStream in = request.getInputStream()) {
            body = in.readNBytes(limit + 1);
        }
        if (body.length > limit || !signedIn && longestText(body) > ANONYMOUS_MAX_TEXT) {
            Refusals.write(response, 413, "Dữ liệu gửi lên quá lớn.");
            return;
        }
        chain.doFilter(new CachedBody(request, body), response);
    }

    /** The longest JSON string in the body, in characters (escapes counted as what they stand for, roughly). */
    static int longestText(byte[] json) {
        int longest = 0;
        int current = -1;
        for (int i = 0; i < json.length; i++) {
            byte b = json[i];
            if (current < 0) {
                if (b == '"') {
                    current = 0;
                }
            } else if (b == '\\') {
                i++;
                current++;
            } else if (b == '"') {
                longest = Math.max(longest, current);
                current = -1;
            } else if ((b & 0xC0) != 0x80) {
                current++; // a character starts here (UTF-8 continuation bytes do not count)
            }
        }
        return Math.max(longest, current);
    }

    /** The request with its body already read, so Vaadin can read it again. */
    private static final class CachedBody extends HttpServletRequestWrapper {
        private final byte[] body;

        CachedBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) {
                    return in.read(buffer, offset, length);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException();
                }
            };
        }

        @Override
        public java.io.BufferedReader getReader() {
            return new java.io.BufferedReader(new java.io.InputStreamReader(getInputStream(),
                    java.nio.charset.StandardCharsets.UTF_8));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
