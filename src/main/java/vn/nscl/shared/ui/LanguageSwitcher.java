package vn.nscl.shared.ui;

import java.util.Locale;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;

/** One button that switches between Vietnamese and English; it names the other language in that language. */
public class LanguageSwitcher extends Button {

    public LanguageSwitcher(LanguageSupport languages) {
        addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        setIcon(VaadinIcon.GLOBE.create());
        addClassName("language-switcher");
        addAttachListener(event -> {
            boolean english = TranslationProvider.ENGLISH.equals(TranslationProvider.supported(getLocale()));
            setText(english ? "Tiếng Việt" : "English");
            getElement().setAttribute("lang", english ? "vi" : "en");
            getElement().setAttribute("aria-label", english ? "Chuyển sang tiếng Việt" : "Switch to English");
        });
        addClickListener(event -> {
            Locale current = TranslationProvider.supported(getLocale());
            languages.choose(TranslationProvider.ENGLISH.equals(current)
                    ? TranslationProvider.VIETNAMESE : TranslationProvider.ENGLISH);
        });
    }
}
