package vn.nscl.matching;

import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import com.vaadin.flow.i18n.I18NProvider;
import vn.nscl.shared.ui.Numbers;

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
                + Numbers.plain(part.points(), locale) + "/" + Numbers.plain(part.max(), locale) + " ("
                + (part.isTextKey() ? texts.getTranslation(part.detailKey(), locale,
                        Numbers.readable(part.args(), locale))
                        : part.detailKey()) + ")";
    }

}
