package vn.nscl.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;

/**
 * A refusal written straight into the response: with {@code sendError} the container would dispatch to its error
 * page, which the security chain then answers (a redirect to the login page) instead of the status meant.
 */
final class Refusals {

    private Refusals() {
    }

    static void write(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("text/plain;charset=UTF-8");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(message);
    }
}
