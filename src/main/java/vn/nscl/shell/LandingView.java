package vn.nscl.shell;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;

import vn.nscl.reference.ReferenceData;
import vn.nscl.shared.ui.LanguageSupport;
import vn.nscl.shared.ui.PublicPageHeader;

/**
 * The public start page: what the province's programme is (from the plan), how the platform helps, and the way in
 * for enterprises and experts.
 */
@Route(value = "", autoLayout = false)
@AnonymousAllowed
public class LandingView extends VerticalLayout implements HasDynamicTitle {

    LandingView(ReferenceData reference, LanguageSupport languages, AuthenticationContext authentication,
            vn.nscl.plan.DashboardService plan) {
        addClassName("public-page");
        addClassName("landing");
        setPadding(false);
        String province = reference.servedProvince().name();

        Section hero = new Section();
        hero.addClassName("hero");
        Div actions = new Div();
        actions.addClassName("hero-actions");
        if (authentication.isAuthenticated()) {
            actions.add(link(getTranslation("landing.go-home"), "home", true));
        } else {
            actions.add(link(getTranslation("landing.register-enterprise"), "register/enterprise", true),
                    link(getTranslation("landing.register-expert"), "register/expert", false),
                    link(getTranslation("landing.login"), "login", false));
        }
        hero.add(new H1(getTranslation("landing.title", province)),
                new Paragraph(getTranslation("landing.lead", province)), actions);

        Section programme = new Section(new H2(getTranslation("landing.programme.title")),
                new Paragraph(getTranslation("landing.programme.text", province)));
        programme.addClassName("landing-section");

        Div steps = new Div();
        steps.addClassName("landing-steps");
        String[][] stepIcons = {{"assess", "CLIPBOARD_CHECK"}, {"recommend", "LIGHTBULB"}, {"expert", "USERS"},
                {"support", "HANDSHAKE"}};
        for (String[] step : stepIcons) {
            Div card = new Div(VaadinIcon.valueOf(step[1]).create(),
                    new H3(getTranslation("landing.step." + step[0])),
                    new Paragraph(getTranslation("landing.step." + step[0] + ".text")));
            card.addClassName("landing-step");
            steps.add(card);
        }
        Section how = new Section(new H2(getTranslation("landing.how.title")), steps);
        how.addClassName("landing-section");

        UnorderedList targets = new UnorderedList();
        for (int i = 1; i <= 4; i++) {
            targets.add(new ListItem(getTranslation("landing.target." + i)));
        }
        int year = plan.currentYear();
        com.vaadin.flow.component.html.Anchor showcase = new com.vaadin.flow.component.html.Anchor("showcase",
                getTranslation("landing.showcase"));
        com.vaadin.flow.component.html.Anchor openData = new com.vaadin.flow.component.html.Anchor(
                "api/open/v1/targets.csv?year=" + year, getTranslation("landing.open-data", String.valueOf(year)));
        openData.getElement().setAttribute("router-ignore", true);
        com.vaadin.flow.component.html.Anchor api = new com.vaadin.flow.component.html.Anchor("v3/api-docs",
                getTranslation("landing.open-api"));
        api.getElement().setAttribute("router-ignore", true);
        UnorderedList more = new UnorderedList(new ListItem(showcase), new ListItem(openData), new ListItem(api));
        Section goals = new Section(new H2(getTranslation("landing.targets.title")), targets, more);
        goals.addClassName("landing-section");

        Div footer = new Div(new Span(getTranslation("landing.footer", province)));
        footer.addClassName("landing-footer");

        add(new PublicPageHeader(languages), hero, programme, how, goals, footer);
    }

    private Button link(String text, String route, boolean primary) {
        Button button = new Button(text, e -> getUI().ifPresent(ui -> ui.navigate(route)));
        if (primary) {
            button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        button.addThemeVariants(ButtonVariant.LUMO_LARGE);
        return button;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.name") + " | " + getTranslation("landing.tagline");
    }
}
