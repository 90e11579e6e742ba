package vn.nscl.shared.ui;

import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;

import jakarta.servlet.http.Cookie;
import vn.nscl.shared.AccountPrincipal;
import vn.nscl.shared.PreferredLanguageChosen;

/**
 * Which language a page is shown in. In order: the language chosen in this browser session, the signed-in user's
 * saved preference, the language cookie of an earlier visit, Vietnamese.
 */
@Component
public class LanguageSupport {

    static final String COOKIE = "nscl-lang";
    private static final String SESSION_CHOICE = LanguageSupport.class.getName() + ".choice";

    private final ApplicationEventPublisher events;

    LanguageSupport(ApplicationEventPublisher events) {
        this.events = events;
    }

    public Locale localeFor(VaadinSession session, VaadinRequest request) {
        Object chosen = session == null ? null : session.getAttribute(SESSION_CHOICE);
        if (chosen instanceof Locale locale) {
            return locale;
        }
        return signedInPreference()
                .or(() -> fromCookie(request))
                .orElse(TranslationProvider.VIETNAMESE);
    }

    /** Switches the current UI, remembers the choice for this session and this browser, and tells the account. */
    public void choose(Locale requested) {
        Locale locale = TranslationProvider.supported(requested);
        VaadinSession session = VaadinSession.getCurrent();
        session.setAttribute(SESSION_CHOICE, locale);
        session.setLocale(locale);
        VaadinResponse response = VaadinService.getCurrentResponse();
        if (response != null) {
            Cookie cookie = new Cookie(COOKIE, locale.getLanguage());
            cookie.setPath("/");
            cookie.setMaxAge((int) Duration.ofDays(365).toSeconds());
            cookie.setHttpOnly(true);
            response.addCookie(cookie);
        }
        events.publishEvent(new PreferredLanguageChosen(locale));
        UI ui = UI.getCurrent();
        ui.setLocale(locale);
        ui.getPage().reload();
    }

    private static Optional<Locale> signedInPreference() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof AccountPrincipal preference) {
            return Optional.ofNullable(preference.preferredLocale()).map(TranslationProvider::supported);
        }
        return Optional.empty();
    }

    private static Optional<Locale> fromCookie(VaadinRequest request) {
        if (request == null || request.getCookies() == null) {
            return Optional.empty();
        }
        return Arrays.stream(request.getCookies())
                .filter(cookie -> COOKIE.equals(cookie.getName()))
                .findFirst()
                .map(cookie -> TranslationProvider.supported(Locale.forLanguageTag(cookie.getValue())));
    }
}
