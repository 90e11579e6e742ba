package vn.nscl.support.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;
import vn.nscl.support.ApplicationService;

/** Hồ sơ đề nghị hỗ trợ: the enterprise's applications, newest first. */
@Route("applications")
@Menu(title = "nav.applications", order = 27, icon = "vaadin:file-text-o")
@RolesAllowed("ENTERPRISE")
public class MyApplicationsView extends VerticalLayout implements HasDynamicTitle {

    final Div list = new Div();

    MyApplicationsView(ApplicationService applications) {
        list.addClassName("request-list");
        var mine = applications.mine();
        if (mine.isEmpty()) {
            list.add(new Paragraph(getTranslation("application.none")));
        }
        mine.forEach(a -> list.add(ApplicationCards.card(a, true)));
        Button programmes = new Button(getTranslation("nav.programmes"),
                e -> getUI().ifPresent(ui -> ui.navigate(ProgrammesView.class)));
        programmes.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new Paragraph(getTranslation("application.intro")), programmes, list);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.applications") + " | " + getTranslation("app.name");
    }
}
