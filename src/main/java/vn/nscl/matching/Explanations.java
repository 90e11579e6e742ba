package vn.nscl.matching;

import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import com.vaadin.flow.i18n.I18NProvider;

/** Writes a match's explanation as text in a language (kept with each offer, read in the expert's inbox). */
@Component
class Explanations {

    private final I18NProvider texts;

    Explanations(I18NProvider texts) {
        this.texts = texts;
    }

    String of(Match match, Locale locale) {
        return match.parts().stream().map(part -> line(part, locale)).collect(Collectors.joining("; "));
    }

    String line(ScorePart part, Locale locale) {
        return texts.getTranslation("matching.component." + part.component().name(), locale) + " "
                + points(part.points()) + "/" + points(part.max()) + " ("
                + (part.isTextKey() ? texts.getTranslation(part.detailKey(), locale, part.args().toArray())
                        : part.detailKey()) + ")";
    }

    static String points(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%.1f", value);
    }
}
