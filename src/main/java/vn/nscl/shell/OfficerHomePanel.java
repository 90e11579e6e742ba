package vn.nscl.shell;

import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;

import vn.nscl.assessment.AssessmentResultsService;
import vn.nscl.enterprise.EnterpriseService;
import vn.nscl.enterprise.EnterpriseSummary;
import vn.nscl.expert.ExpertService;
import vn.nscl.reference.ReferenceData;
import vn.nscl.shared.ui.Formats;
import vn.nscl.shared.ui.StatTile;

/** The DOST officer's home: the programme at a glance and the newest registrations. */
class OfficerHomePanel extends Div {

    final Grid<EnterpriseSummary> newest = new Grid<>();

    OfficerHomePanel(EnterpriseService enterprises, ExpertService experts, AssessmentResultsService results,
            ReferenceData reference, MatchingHome matching) {
        addClassName("home-panels");
        Div stats = new Div(new StatTile(getTranslation("home.stat.enterprises"), enterprises.count()),
                new StatTile(getTranslation("home.stat.assessments"), results.countSubmitted()),
                new StatTile(getTranslation("home.stat.experts"), experts.count()),
                new StatTile(getTranslation("home.stat.communes"), reference.servedCommunes().size()));
        stats.addClassName("stat-row");
        long expertsWaiting = matching.reviews().countNeedingAttention();
        Div todo = new Div(new StatTile(getTranslation("home.officer.experts-waiting"), expertsWaiting),
                new StatTile(getTranslation("home.officer.requests-waiting"), matching.desk().waitingForOfficers()),
                new StatTile(getTranslation("home.officer.applications-waiting"),
                        matching.applications().countUnderReview()));
        todo.addClassName("stat-row");
        Card work = new Card();
        work.setTitle(getTranslation("home.officer.todo"));
        work.add(todo, ExpertHomePanel.link(getTranslation("nav.experts"), "experts"),
                new com.vaadin.flow.component.html.Span(" · "),
                ExpertHomePanel.link(getTranslation("nav.requests-desk"), "requests/desk"),
                new com.vaadin.flow.component.html.Span(" · "),
                ExpertHomePanel.link(getTranslation("nav.review"), "applications/review"));
        work.addClassName("wide-card");

        newest.addColumn(EnterpriseSummary::name).setHeader(getTranslation("enterprise.name")).setFlexGrow(3);
        newest.addColumn(EnterpriseSummary::enterpriseCode).setHeader(getTranslation("enterprise.code"));
        newest.addColumn(e -> reference.communeName(e.communeCode())).setHeader(getTranslation("enterprise.commune.short"));
        newest.addColumn(e -> Formats.date(e.registeredAt())).setHeader(getTranslation("home.registered-at"));
        newest.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        newest.setAllRowsVisible(true);
        newest.setItems(enterprises.newest(10));
        newest.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("enterprises/" + e.getItem().id())));
        Card recent = new Card();
        recent.setTitle(getTranslation("home.officer.newest"));
        recent.add(newest);
        recent.addClassName("wide-card");
        add(stats, work, recent);
    }
}
