package vn.nscl.shared.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/** The top bar of the pages seen before login: the platform's name (back to the start page) and the language. */
public class PublicPageHeader extends HorizontalLayout {

    public PublicPageHeader(LanguageSupport languages) {
        addClassName("public-top");
        setWidthFull();
        setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        setAlignItems(FlexComponent.Alignment.CENTER);
        Image logo = new Image("images/logo.svg", "");
        logo.addClassName("brand-logo");
        Anchor home = new Anchor("", getTranslation("app.name"));
        home.addClassName("brand");
        home.addComponentAsFirst(logo);
        add(home, new LanguageSwitcher(languages));
    }
}
