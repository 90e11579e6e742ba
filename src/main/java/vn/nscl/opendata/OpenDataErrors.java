package vn.nscl.opendata;

import java.util.Locale;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.bind.MissingServletRequestParameterException;

import com.vaadin.flow.i18n.I18NProvider;

import vn.nscl.shared.UserFacingException;

/** Bad parameters get a 400 with a plain message (Vietnamese and English), never a stack trace. */
@RestControllerAdvice(assignableTypes = OpenDataController.class)
class OpenDataErrors {

    private static final Logger log = LoggerFactory.getLogger(OpenDataErrors.class);

    private final I18NProvider texts;

    OpenDataErrors(I18NProvider texts) {
        this.texts = texts;
    }

    @ExceptionHandler(UserFacingException.class)
    ResponseEntity<Map<String, String>> problem(UserFacingException problem) {
        return ResponseEntity.badRequest().body(Map.of(
                "error", texts.getTranslation(problem.messageKey(), Locale.forLanguageTag("vi"), problem.args()),
                "error_en", texts.getTranslation(problem.messageKey(), Locale.ENGLISH, problem.args())));
    }

    /** Anything unexpected is logged here and answered with a plain 500, never a stack trace or a login page. */
    @ExceptionHandler(RuntimeException.class)
    ResponseEntity<Map<String, String>> failure(RuntimeException failure) {
        log.error("Open data request failed", failure);
        return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR).body(Map.of(
                "error", texts.getTranslation("opendata.error.internal", Locale.forLanguageTag("vi")),
                "error_en", texts.getTranslation("opendata.error.internal", Locale.ENGLISH)));
    }

    @ExceptionHandler({MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class})
    ResponseEntity<Map<String, String>> badParameter(Exception problem) {
        String name = problem instanceof MethodArgumentTypeMismatchException mismatch ? mismatch.getName()
                : ((MissingServletRequestParameterException) problem).getParameterName();
        return ResponseEntity.status(HttpStatus.BAD_REQUEST).body(Map.of(
                "error", texts.getTranslation("opendata.error.parameter", Locale.forLanguageTag("vi"), name),
                "error_en", texts.getTranslation("opendata.error.parameter", Locale.ENGLISH, name)));
    }
}
