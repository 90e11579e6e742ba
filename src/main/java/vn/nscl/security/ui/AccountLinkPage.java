package vn.nscl.security.ui;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;

import vn.nscl.shared.ui.LanguageSupport;
import vn.nscl.shared.ui.PublicPageHeader;

/**
 * A page reached from a link in a mail (confirm the address, lift a lock, set a new password): the secret comes in the
 * {@code t} parameter. The page acts only when the person presses its button, so a mail scanner that opens every link
 * uses nothing up.
 */
abstract class AccountLinkPage extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final LanguageSupport languages;
    private final String titleKey;
    /** The secret from the link (never shown, never logged). */
    protected String token = "";

    AccountLinkPage(LanguageSupport languages, String titleKey) {
        this.languages = languages;
        this.titleKey = titleKey;
        addClassName("public-page");
        addClassName("form-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<String> values = event.getLocation().getQueryParameters().getParameters().getOrDefault("t", List.of());
        token = values.isEmpty() ? "" : values.getFirst();
        show(content());
    }

    /** What the page shows first, for the link's {@link #token}. */
    protected abstract List<Component> content();

    protected void show(List<Component> components) {
        removeAll();
        add(new PublicPageHeader(languages), new H1(getTranslation(titleKey)));
        components.forEach(this::add);
    }

    protected Paragraph text(String key, Object... args) {
        return new Paragraph(getTranslation(key, args));
    }

    protected Paragraph link(String route, String key) {
        return new Paragraph(new Anchor(route, getTranslation(key)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation(titleKey) + " | " + getTranslation("app.name");
    }
}
