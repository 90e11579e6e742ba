package vn.nscl.support.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.spring.annotation.SpringComponent;

import vn.nscl.shared.ui.EnterpriseSection;
import vn.nscl.shared.ui.Formats;
import vn.nscl.shared.ui.Numbers;
import vn.nscl.shared.ui.RouteLink;
import vn.nscl.support.ApplicationService;

/** The enterprise's support applications on DOST's page of it: project, programme, state and amounts. */
@SpringComponent
class EnterpriseApplicationsSection implements EnterpriseSection {

    private final ApplicationService applications;
    private final vn.nscl.support.SupportFollowUps followUps;

    EnterpriseApplicationsSection(ApplicationService applications, vn.nscl.support.SupportFollowUps followUps) {
        this.applications = applications;
        this.followUps = followUps;
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public Component create(long enterpriseId) {
        Div section = new Div();
        section.addClassName("enterprise-section");
        java.util.Locale locale = com.vaadin.flow.component.UI.getCurrent().getLocale();
        section.add(new H2(section.getTranslation("overview.applications")));
        var all = applications.ofEnterprise(enterpriseId);
        if (all.isEmpty()) {
            section.add(new Paragraph(section.getTranslation("overview.applications.none")));
        }
        all.forEach(a -> {
            Div line = new Div(RouteLink.to("applications/" + a.id(), a.title()), new Span(" · " + a.programmeName()
                    + (a.submittedAt() == null ? "" : " · " + Formats.date(a.submittedAt())) + " · "),
                    ApplicationCards.status(section, a.status()), new Span(" · " + section.getTranslation(
                            "overview.applications.amounts", Numbers.decimal(a.requestedTotal(), locale),
                            a.approvedAmount() == null ? Numbers.MISSING
                                    : Numbers.decimal(a.approvedAmount(), locale))));
            line.addClassName("overview-line");
            section.add(line);
        });
        // After a project ends the enterprise assesses itself again: done (when, with which result) or due.
        followUps.ofEnterprise(enterpriseId).forEach(f -> {
            Span state = new Span(f.due() ? section.getTranslation("followup.due", Formats.date(f.completedAt()))
                    : section.getTranslation("followup.done", Formats.date(f.reassessedAt()),
                            Numbers.score(f.reassessedScore(), locale)));
            state.getElement().getThemeList().add(f.due() ? "badge error" : "badge success");
            Div line = new Div(new Span(section.getTranslation("followup.of", f.title()) + " "), state);
            line.addClassName("overview-line");
            section.add(line);
        });
        return section;
    }
}
