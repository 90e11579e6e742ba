package vn.nscl.assessment.ui;

import java.time.Year;
import java.util.Comparator;
import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;
import vn.nscl.assessment.AssessmentResultsService;
import vn.nscl.assessment.ResultsCharts;
import vn.nscl.catalogue.Catalogue;
import vn.nscl.enterprise.EnterpriseProfile;
import vn.nscl.enterprise.EnterpriseProfileService;
import vn.nscl.enterprise.YearFigures;
import vn.nscl.reference.ReferenceData;
import vn.nscl.shared.ui.DetailList;
import vn.nscl.shared.ui.EnterpriseSection;
import vn.nscl.shared.ui.Formats;
import vn.nscl.shared.ui.Numbers;
import vn.nscl.shared.ui.RouteLink;

/**
 * An officer's page of one enterprise, everything DOST knows of it in one place: identity and contacts, figures by
 * year, certificates and OCOP products, assessments, then what the other modules contribute (latest advice, expert
 * requests, support applications, training), written for officers.
 */
@Route("enterprises/:id")
@RolesAllowed({"OFFICER", "ADMIN"})
public class EnterpriseAssessmentsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final EnterpriseProfileService profiles;
    private final AssessmentResultsService results;
    private final ReferenceData reference;
    private final Catalogue catalogue;
    private final List<EnterpriseSection> sections;
    private String title = "";
    /** The overall index of each assessment over time, when there are at least two. */
    Div trend;

    EnterpriseAssessmentsView(EnterpriseProfileService profiles, AssessmentResultsService results,
            ReferenceData reference, Catalogue catalogue, List<EnterpriseSection> sections) {
        this.profiles = profiles;
        this.results = results;
        this.reference = reference;
        this.catalogue = catalogue;
        this.sections = sections.stream().sorted(Comparator.comparingInt(EnterpriseSection::order)).toList();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().getLong("id").orElse(-1L);
        EnterpriseProfile profile = profiles.profile(id);
        removeAll();
        title = profile.enterprise().name();
        var e = profile.enterprise();
        add(RouteLink.to("enterprises", getTranslation("overview.back")), new H1(title), new DetailList()
                .row("enterprise.code", e.enterpriseCode())
                .row("enterprise.type", getTranslation("enterprise.type." + e.type().name()))
                .row("enterprise.commune.short", reference.communeName(e.communeCode()))
                .row("profile.sector", e.sectorCode() == null ? "" : reference.sector(e.sectorCode())
                        .map(s -> s.code() + " · " + s.name(getLocale())).orElse(e.sectorCode()))
                .row("profile.main-products", profile.details().mainProducts())
                .row("profile.size", getTranslation("size." + profile.sizeClass().name()))
                .row("enterprise.contact-person", e.contactPerson())
                .row("account.phone", e.phone())
                .row("account.email", e.email() == null ? "" : e.email()));
        add(new H2(getTranslation("overview.figures")), figures(profile));
        add(new H2(getTranslation("overview.certificates")), certificates(profile));
        var history = results.history(id);
        add(new H2(getTranslation("assessment.history")), RouteLink.to("enterprises/" + id + "/paper-assessment",
                getTranslation("paper.enter")), new AssessmentHistory(history));
        if (history.size() > 1) {
            trend = new Div(new Svg(ResultsCharts.trend(history, this::getTranslation)));
            trend.addClassName("chart-card");
            add(trend);
        }
        sections.forEach(section -> add(section.create(id)));
    }

    /** The figures the enterprise gave, year by year (newest first). */
    private Component figures(EnterpriseProfile profile) {
        if (profile.figures().isEmpty()) {
            return new Paragraph(getTranslation("overview.figures.none"));
        }
        UnorderedList list = new UnorderedList();
        profile.figures().stream().sorted(Comparator.comparingInt(YearFigures::year).reversed()).forEach(f -> list.add(
                new ListItem(getTranslation("overview.figures.year", Year.of(f.year()),
                        f.employees() == null ? Numbers.MISSING : String.valueOf(f.employees()),
                        Numbers.money(f.revenue(), getLocale())))));
        return list;
    }

    /** Certificates held (expired ones said so) and OCOP products with their stars. */
    private Component certificates(EnterpriseProfile profile) {
        UnorderedList list = new UnorderedList();
        profile.details().certifications().forEach(c -> list.add(new ListItem(catalogue.itemName(c.catalogueCode(),
                getLocale()) + " · " + c.certificateNumber() + (c.expiresOn() == null ? ""
                        : " · " + getTranslation(c.expired() ? "overview.expired" : "overview.valid-until",
                                Formats.date(c.expiresOn()))))));
        profile.details().ocopProducts().forEach(o -> list.add(new ListItem(getTranslation("overview.ocop", o.name(),
                o.stars()))));
        return list.getChildren().findAny().isPresent() ? list
                : new Paragraph(getTranslation("overview.certificates.none"));
    }

    @Override
    public String getPageTitle() {
        return title + " | " + getTranslation("app.name");
    }
}
