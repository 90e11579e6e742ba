package vn.nscl.opendata;

import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.bind.MissingServletRequestParameterException;

import vn.nscl.shared.UserFacingException;

/** Bad parameters get a 400 with a plain message (Vietnamese and English), never a stack trace. */
@RestControllerAdvice(assignableTypes = OpenDataController.class)
class OpenDataErrors {

    private static final Logger log = LoggerFactory.getLogger(OpenDataErrors.class);

    private final OpenDataMessages messages;

    OpenDataErrors(OpenDataMessages messages) {
        this.messages = messages;
    }

    @ExceptionHandler(UserFacingException.class)
    ResponseEntity<Map<String, String>> problem(UserFacingException problem) {
        return ResponseEntity.badRequest().body(messages.body(problem.messageKey(), problem.args()));
    }

    /** Anything unexpected is logged here and answered with a plain 500, never a stack trace or a login page. */
    @ExceptionHandler(RuntimeException.class)
    ResponseEntity<Map<String, String>> failure(RuntimeException failure) {
        log.error("Open data request failed", failure);
        return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR).body(messages.body("opendata.error.internal"));
    }

    @ExceptionHandler({MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class})
    ResponseEntity<Map<String, String>> badParameter(Exception problem) {
        String name = problem instanceof MethodArgumentTypeMismatchException mismatch ? mismatch.getName()
                : ((MissingServletRequestParameterException) problem).getParameterName();
        return ResponseEntity.badRequest().body(messages.body("opendata.error.parameter", name));
    }
}
