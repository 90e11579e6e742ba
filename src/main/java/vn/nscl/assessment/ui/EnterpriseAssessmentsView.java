package vn.nscl.assessment.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;
import vn.nscl.assessment.AssessmentResultsService;
import vn.nscl.enterprise.EnterpriseProfile;
import vn.nscl.enterprise.EnterpriseProfileService;
import vn.nscl.reference.ReferenceData;
import vn.nscl.shared.ui.DetailList;

/** An officer's view of one enterprise: its profile and its submitted assessments. */
@Route("enterprises/:id")
@RolesAllowed({"OFFICER", "ADMIN"})
public class EnterpriseAssessmentsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final EnterpriseProfileService profiles;
    private final AssessmentResultsService results;
    private final ReferenceData reference;
    private String title = "";

    EnterpriseAssessmentsView(EnterpriseProfileService profiles, AssessmentResultsService results,
            ReferenceData reference) {
        this.profiles = profiles;
        this.results = results;
        this.reference = reference;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().getLong("id").orElse(-1L);
        EnterpriseProfile profile = profiles.profile(id);
        removeAll();
        title = profile.enterprise().name();
        var e = profile.enterprise();
        add(new H1(title), new DetailList()
                .row("enterprise.code", e.enterpriseCode())
                .row("enterprise.type", getTranslation("enterprise.type." + e.type().name()))
                .row("enterprise.commune.short", reference.communeName(e.communeCode()))
                .row("profile.sector", e.sectorCode() == null ? "" : reference.sector(e.sectorCode())
                        .map(s -> s.code() + " · " + s.name(getLocale())).orElse(e.sectorCode()))
                .row("profile.main-products", profile.details().mainProducts())
                .row("profile.size", getTranslation("size." + profile.sizeClass().name()))
                .row("enterprise.contact-person", e.contactPerson())
                .row("account.phone", e.phone())
                .row("account.email", e.email()));
        add(new H2(getTranslation("assessment.history")), new AssessmentHistory(results.history(id)));
    }

    @Override
    public String getPageTitle() {
        return title + " | " + getTranslation("app.name");
    }
}
