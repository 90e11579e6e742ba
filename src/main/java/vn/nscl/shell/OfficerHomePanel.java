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
    Card partnerReports;
    /** The Department's own annual report, when it is due within a month or late and not yet sent. */
    Card annualReport;

    OfficerHomePanel(EnterpriseService enterprises, ExpertService experts, AssessmentResultsService results,
            ReferenceData reference, MatchingHome matching, PlanHome plan) {
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
        add(stats, work);
        annualReport(plan).ifPresent(this::add);
        partnerReports(plan).ifPresent(this::add);
        add(recent);
    }

    private java.util.Optional<Card> annualReport(PlanHome plan) {
        int year = java.time.Year.now(plan.clock().withZone(Formats.VIETNAM)).getValue();
        var standing = plan.filings().standing(year);
        if (standing.filing().isPresent() || standing.daysLeft() > 30) {
            return java.util.Optional.empty();
        }
        Card card = new Card();
        card.setTitle(getTranslation("home.officer.annual-report", String.valueOf(year)));
        com.vaadin.flow.component.html.Paragraph said = new com.vaadin.flow.component.html.Paragraph(
                standing.overdue() ? getTranslation("report.overdue", -standing.daysLeft(),
                        Formats.date(standing.deadline()))
                        : getTranslation("report.due", standing.daysLeft(), Formats.date(standing.deadline())));
        said.addClassName(standing.overdue() ? "overdue-banner" : "due-banner");
        card.add(said, ExpertHomePanel.link(getTranslation("nav.plan-dashboard"), "plan/dashboard"));
        card.addClassName("wide-card");
        annualReport = card;
        return java.util.Optional.of(card);
    }

    /**
     * The partner agencies' reports for the year, when they need the officer: due within a month, or late (with the
     * days late, the agencies missing and "Nhắc ngay").
     */
    private java.util.Optional<Card> partnerReports(PlanHome plan) {
        int year = java.time.Year.now(plan.clock().withZone(Formats.VIETNAM)).getValue();
        var standing = plan.deadlines().standing(year);
        long daysLeft = java.time.temporal.ChronoUnit.DAYS.between(
                java.time.LocalDate.now(plan.clock().withZone(Formats.VIETNAM)), standing.deadline());
        if (standing.missing().isEmpty() || !standing.overdue() && daysLeft > 30) {
            return java.util.Optional.empty();
        }
        Card card = new Card();
        card.setTitle(getTranslation("home.officer.partner-reports", String.valueOf(year)));
        String names = String.join(", ", standing.missing().stream().map(a -> a.name(getLocale())).toList());
        com.vaadin.flow.component.html.Paragraph said = new com.vaadin.flow.component.html.Paragraph(standing.overdue()
                ? getTranslation("home.officer.partner-reports.late", standing.daysLate(),
                        Formats.date(standing.deadline()), standing.missing().size(), names)
                : getTranslation("home.officer.partner-reports.due", daysLeft, Formats.date(standing.deadline()),
                        standing.missing().size(), names));
        said.addClassName(standing.overdue() ? "overdue-banner" : "due-banner");
        com.vaadin.flow.component.button.Button remind = new com.vaadin.flow.component.button.Button(
                getTranslation("home.officer.remind-now"), e -> vn.nscl.shared.ui.Notifications.success(
                        getTranslation("home.officer.reminded", plan.deadlines().remindNow(year))));
        card.add(said, remind, ExpertHomePanel.link(getTranslation("nav.plan-partners"), "plan/partners"));
        card.addClassName("wide-card");
        partnerReports = card;
        return java.util.Optional.of(card);
    }
}
