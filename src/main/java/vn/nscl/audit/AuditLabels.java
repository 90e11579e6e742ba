package vn.nscl.audit;

import java.util.Locale;

import org.springframework.stereotype.Component;

import vn.nscl.shared.ui.TranslationProvider;

/**
 * An audit entry's action and record in words, the same on the screen and in the workbook; a code added by a newer
 * module without a translation yet is shown as it is.
 */
@Component
public class AuditLabels {

    private final TranslationProvider translations;

    AuditLabels(TranslationProvider translations) {
        this.translations = translations;
    }

    public String action(String code, Locale locale) {
        return translatedOr(locale, "audit.action." + code, code);
    }

    public String target(AuditEntry entry, Locale locale) {
        if (entry.targetType() == null) {
            return "";
        }
        String type = translatedOr(locale, "audit.target." + entry.targetType(), entry.targetType());
        // A change of many records at once (an export) has no single record to name.
        return entry.targetId() == null || entry.targetId().isBlank() || "null".equals(entry.targetId()) ? type
                : type + " #" + entry.targetId();
    }

    private String translatedOr(Locale locale, String key, String fallback) {
        String text = translations.getTranslation(key, locale);
        return text.startsWith("!") ? fallback : text;
    }
}
