package vn.nscl.opendata;

import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;

import com.vaadin.flow.i18n.I18NProvider;

import tools.jackson.databind.json.JsonMapper;

/** The body of every open data error: the message in Vietnamese and in English, from the translation files. */
@Component
class OpenDataMessages {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final I18NProvider texts;

    OpenDataMessages(I18NProvider texts) {
        this.texts = texts;
    }

    Map<String, String> body(String key, Object... args) {
        return Map.of("error", texts.getTranslation(key, Locale.forLanguageTag("vi"), args),
                "error_en", texts.getTranslation(key, Locale.ENGLISH, args));
    }

    /** The same body as JSON text, for answers written outside Spring MVC (the rate-limit filter). */
    String json(String key, Object... args) {
        return JSON.writeValueAsString(body(key, args));
    }
}
