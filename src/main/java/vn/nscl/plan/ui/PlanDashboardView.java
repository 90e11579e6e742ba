package vn.nscl.plan.ui;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;
import vn.nscl.plan.AnnualReportFilings;
import vn.nscl.plan.PlanBaselines;
import vn.nscl.plan.AnnualReportService;
import vn.nscl.plan.Dashboard;
import vn.nscl.plan.DashboardService;
import vn.nscl.plan.PlanEvent;
import vn.nscl.plan.PlanTargetService;
import vn.nscl.plan.PlanYears;
import vn.nscl.plan.TargetProgress;
import vn.nscl.plan.TargetStatus;
import vn.nscl.security.Role;
import vn.nscl.shared.UserFacingException;
import vn.nscl.shared.ui.FormProblems;
import vn.nscl.shared.ui.Formats;
import vn.nscl.shared.ui.Notifications;
import vn.nscl.shared.ui.Numbers;
import vn.nscl.shared.ui.StatTile;
import vn.nscl.shared.ui.SvgCharts;
import vn.nscl.tasks.BackgroundTasks;
import vn.nscl.tasks.TaskStatus;
import vn.nscl.tasks.ui.TaskDownload;
import vn.nscl.tasks.ui.TaskProgressPanel;

/**
 * Bảng theo dõi kế hoạch: each target's actual against its value and status per year 2021–2030, bars of progress,
 * the funnel with the before/after change, maturity levels, communes and sectors; the annual report's downloads.
 */
@Route("plan/dashboard")
@Menu(title = "nav.plan-dashboard", order = 50, icon = "vaadin:chart")
@RolesAllowed({"OFFICER", "ADMIN", "PARTNER"})
public class PlanDashboardView extends VerticalLayout implements HasDynamicTitle {

    final Select<Integer> year = new Select<>();
    final Grid<TargetProgress> targets = new Grid<>();
    final com.vaadin.flow.component.html.Div legend = PlanPictures.legend(this);
    final Div content = new Div();
    final TaskDownload xlsx;
    final TaskDownload pdf;
    /** A rebuild of the figures asked for now, while it runs. */
    final TaskProgressPanel rebuild;
    private final DashboardService dashboards;
    private final PlanTargetService plan;
    private final AnnualReportService reports;
    private final AnnualReportFilings filings;
    private final PlanBaselines baselines;
    /** Whether the year's report was sent to the province, and the officer's way to record that it was. */
    final Div filing = new Div();

    PlanDashboardView(DashboardService dashboards, PlanTargetService plan, AnnualReportService reports,
            BackgroundTasks tasks, AnnualReportFilings filings, PlanBaselines baselines,
            List<vn.nscl.shared.ui.DashboardSection> sections) {
        this.filings = filings;
        this.baselines = baselines;
        this.dashboards = dashboards;
        this.plan = plan;
        this.reports = reports;
        addClassName("plan-dashboard");
        content.setWidthFull();
        year.setLabel(getTranslation("plan.year"));
        year.setItems(IntStream.rangeClosed(PlanYears.FIRST, PlanYears.LAST).boxed().toList());
        year.setValue(dashboards.currentYear());
        year.addValueChangeListener(e -> {
            refresh();
            resumeReports();
            showFiling();
        });
        xlsx = new TaskDownload(tasks, AnnualReportService.TASK_KIND, getTranslation("report.annual.xlsx"),
                VaadinIcon.FILE_TABLE, () -> reports.startReport(year.getValue(), "xlsx", getLocale()));
        pdf = new TaskDownload(tasks, AnnualReportService.TASK_KIND, getTranslation("report.annual.pdf"),
                VaadinIcon.FILE_TEXT, () -> reports.startReport(year.getValue(), "pdf", getLocale()));
        xlsx.addClassName("report-xlsx");
        pdf.addClassName("report-pdf");
        rebuild = new TaskProgressPanel(tasks, done -> {
            refresh();
            Notifications.success(getTranslation("dashboard.refreshed"));
        });
        HorizontalLayout bar = new HorizontalLayout(year);
        if (Role.signedInIsStaff()) {
            bar.add(xlsx, pdf, filing);
            filing.addClassName("report-filing");
            showFiling();
            resumeReports();
            dashboards.lastStatisticsRebuild().filter(TaskStatus::running).ifPresent(rebuild::follow);
        }
        bar.setAlignItems(Alignment.BASELINE);
        bar.setWrap(true);

        targets.addColumn(p -> p.target().code()).setHeader(getTranslation("plan.code")).setAutoWidth(true)
                .setFrozen(true);
        // The target and what it asks for in one wrapped column, and narrow year columns: all ten years, 2021 to
        // 2030, fit beside it on an officer's screen without scrolling sideways.
        targets.addComponentColumn(p -> {
            Div name = new Div(new com.vaadin.flow.component.html.Span(p.target().name(getLocale())));
            com.vaadin.flow.component.html.Span asked = new com.vaadin.flow.component.html.Span(
                    p.target().yearFrom() + "–" + p.target().yearTo() + ": " + p.target().range(getLocale()) + " "
                            + p.target().unit(getLocale()));
            asked.addClassName("target-asked");
            name.add(new Div(asked));
            return name;
        }).setHeader(getTranslation("plan.target")).setWidth("13rem").setFlexGrow(1).setKey("target");
        for (int y = PlanYears.FIRST; y <= PlanYears.LAST; y++) {
            int shown = y;
            targets.addComponentColumn(p -> cell(p, shown)).setHeader(String.valueOf(y)).setWidth("4rem")
                    .setFlexGrow(0).setKey("year-" + y);
        }
        targets.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES,
                GridVariant.LUMO_WRAP_CELL_CONTENT);
        targets.setAllRowsVisible(true);
        if (Role.signedInIsStaff()) {
            targets.addItemClickListener(e -> recordsBehind(e.getItem()));
        }
        add(new Paragraph(getTranslation("dashboard.intro")), bar, content, rebuild, new H3(getTranslation("dashboard.by-year")),
                new Paragraph(getTranslation(Role.signedInIsStaff() ? "dashboard.by-year.click" : "dashboard.by-year.help")),
                legend, targets);
        if (Role.signedInIsStaff()) {
            // What other modules contribute for officers (the supported enterprises due for reassessment).
            sections.stream().map(vn.nscl.shared.ui.DashboardSection::create).filter(java.util.Objects::nonNull)
                    .forEach(this::add);
        }
        refresh();
    }

    /** "Sent on …" once the year's report went to the province; until then a way to record that it did. */
    void showFiling() {
        filing.removeAll();
        int shown = year.getValue();
        var standing = filings.standing(shown);
        if (standing.filing().isPresent()) {
            var filed = standing.filing().get();
            filing.add(new com.vaadin.flow.component.html.Span(getTranslation("report.filed", String.valueOf(shown),
                    Formats.date(filed.filedAt()), filed.documentNumber() == null ? "–" : filed.documentNumber())));
            return;
        }
        com.vaadin.flow.component.button.Button record = new com.vaadin.flow.component.button.Button(
                getTranslation("report.file"), e -> fileDialog(shown));
        filing.add(record);
        if (standing.overdue()) {
            com.vaadin.flow.component.html.Span late = new com.vaadin.flow.component.html.Span(getTranslation(
                    "report.overdue", -standing.daysLeft(), Formats.date(standing.deadline())));
            late.addClassName("overdue-banner");
            filing.add(late);
        }
    }

    /** Records the year's report as sent, with its document number; partners' reports for the year lock. */
    vn.nscl.shared.ui.FormDialog fileDialog(int shown) {
        vn.nscl.shared.ui.FormDialog dialog = new vn.nscl.shared.ui.FormDialog();
        dialog.setHeaderTitle(getTranslation("report.file.title", String.valueOf(shown)));
        com.vaadin.flow.component.textfield.TextField number = new com.vaadin.flow.component.textfield.TextField(
                getTranslation("report.file.number"));
        number.setHelperText(getTranslation("report.file.number.help"));
        number.setMaxLength(40);
        number.setWidthFull();
        com.vaadin.flow.component.button.Button confirm = new com.vaadin.flow.component.button.Button(
                getTranslation("report.file.confirm"), e -> {
                    try {
                        filings.file(shown, number.getValue());
                        Notifications.success(getTranslation("report.file.done", String.valueOf(shown)));
                        dialog.close();
                        showFiling();
                    } catch (UserFacingException problem) {
                        FormProblems.show(this, problem, java.util.Map.of("documentNumber", number));
                    }
                });
        confirm.addThemeVariants(com.vaadin.flow.component.button.ButtonVariant.LUMO_PRIMARY);
        dialog.add(new Paragraph(getTranslation("report.file.help")), number);
        dialog.getFooter().add(new com.vaadin.flow.component.button.Button(getTranslation("action.cancel"),
                e -> dialog.close()), confirm);
        dialog.open();
        return dialog;
    }

    /** The annual report files made earlier for the year shown, if they are still kept. */
    private void resumeReports() {
        xlsx.resume(reports.lastReport(year.getValue(), "xlsx", getLocale()));
        pdf.resume(reports.lastReport(year.getValue(), "pdf", getLocale()));
    }

    void rebuildNow() {
        try {
            rebuild.follow(dashboards.startStatisticsRebuild());
        } catch (UserFacingException busy) {
            FormProblems.notify(this, busy);
        }
    }

    void refresh() {
        Dashboard dashboard = dashboards.forYear(year.getValue(), getLocale());
        int y = dashboard.year();
        targets.setItems(dashboard.targets());
        content.removeAll();
        Map<TargetStatus, Integer> counts = new EnumMap<>(TargetStatus.class);
        dashboard.targets().forEach(p -> counts.merge(p.statusIn(y), 1, Integer::sum));
        Div tiles = new Div();
        tiles.addClassName("stat-row");
        for (TargetStatus status : List.of(TargetStatus.ACHIEVED, TargetStatus.ON_TRACK, TargetStatus.AT_RISK,
                TargetStatus.NOT_ACHIEVED)) {
            StatTile tile = new StatTile(getTranslation("plan.status." + status), counts.getOrDefault(status, 0));
            tile.addClassName("plan-tile-" + status.name().toLowerCase().replace('_', '-'));
            tiles.add(tile);
        }
        Div cards = new Div();
        cards.addClassName("dashboard-cards");
        cards.add(card(getTranslation("dashboard.progress", String.valueOf(y)), new Svg(PlanPictures.targetBars(dashboard.targets(), y,
                getLocale(), getTranslation("dashboard.progress", String.valueOf(y))))));
        List<SvgCharts.Bar> funnel = new ArrayList<>();
        String[] steps = {"assessed", "recommended", "matched", "supported", "reassessed"};
        long[] values = {dashboard.funnel().assessed(), dashboard.funnel().recommended(), dashboard.funnel().matched(),
                dashboard.funnel().supported(), dashboard.funnel().reassessed()};
        for (int i = 0; i < steps.length; i++) {
            funnel.add(new SvgCharts.Bar(getTranslation("dashboard.funnel." + steps[i]), values[i], PlanPictures.GREEN,
                    Numbers.plain(BigDecimal.valueOf(values[i]), getLocale())));
        }
        Card funnelCard = card(getTranslation("dashboard.funnel"), new Svg(SvgCharts.bars(funnel, 0,
                getTranslation("dashboard.funnel"))));
        funnelCard.add(new Paragraph(dashboard.funnel().change() == null ? getTranslation("dashboard.before-after.none")
                : getTranslation("dashboard.before-after", Numbers.score(dashboard.funnel().averageBefore(), getLocale()),
                        Numbers.score(dashboard.funnel().averageAfter(), getLocale()),
                        Numbers.signed(dashboard.funnel().change(), getLocale()))));
        cards.add(funnelCard);
        List<SvgCharts.Bar> maturity = new ArrayList<>();
        for (int level = 0; level < dashboard.maturity().length; level++) {
            maturity.add(new SvgCharts.Bar(getTranslation("dashboard.maturity.level", level),
                    dashboard.maturity()[level], PlanPictures.BLUE,
                    Numbers.plain(BigDecimal.valueOf(dashboard.maturity()[level]), getLocale())));
        }
        cards.add(card(getTranslation("dashboard.maturity", String.valueOf(y)), new Svg(SvgCharts.bars(maturity, 0,
                getTranslation("dashboard.maturity", String.valueOf(y))))));
        cards.add(card(getTranslation("dashboard.communes", String.valueOf(y)), new Svg(PlanPictures.areaBars(dashboard.byCommune(), 12,
                getLocale(), getTranslation("dashboard.communes", String.valueOf(y)), this::areaValue))));
        cards.add(card(getTranslation("dashboard.sectors", String.valueOf(y)), new Svg(PlanPictures.areaBars(dashboard.bySector(), 12,
                getLocale(), getTranslation("dashboard.sectors", String.valueOf(y)), this::areaValue))));
        Paragraph asOf = new Paragraph(getTranslation("dashboard.as-of", Formats.dateTime(dashboard.statisticsAsOf())));
        asOf.addClassName("meta");
        if (Role.signedInIsStaff()) {
            com.vaadin.flow.component.button.Button now = new com.vaadin.flow.component.button.Button(
                    getTranslation("dashboard.refresh"), VaadinIcon.REFRESH.create(), e -> rebuildNow());
            now.addThemeVariants(com.vaadin.flow.component.button.ButtonVariant.LUMO_TERTIARY);
            asOf.add(now);
        }
        content.add(tiles, cards, asOf);
    }

    private String areaValue(Long assessed, BigDecimal average) {
        return getTranslation("dashboard.area-value", assessed, Numbers.score(average, getLocale()));
    }

    private Card card(String title, com.vaadin.flow.component.Component body) {
        Card card = new Card();
        card.setTitle(title);
        card.add(body);
        card.addClassName("chart-card");
        return card;
    }

    private Span cell(TargetProgress progress, int y) {
        TargetStatus status = progress.statusIn(y);
        String value = status == TargetStatus.NOT_STARTED || status == TargetStatus.OUT_OF_PERIOD ? "" : Numbers.decimal(progress.actualIn(y), getLocale());
        boolean entered = progress.enteredIn(y);
        // A figure the Department entered by hand says so, beside its colour and sign.
        Span badge = PlanPictures.badge(status, value + (entered ? " " + PlanPictures.ENTERED : ""));
        String said = getTranslation("plan.status." + status) + (entered ? " · " + getTranslation("baseline.entered")
                : "");
        badge.getElement().setAttribute("title", said);
        badge.getElement().setAttribute("aria-label", said + (value.isEmpty() ? "" : ": " + value));
        return badge;
    }

    /**
     * For a year before the platform: the figure the Department enters from its own records, with where it comes
     * from; saved, it counts as the year's actual and is marked as entered.
     */
    private Div baselineForm(TargetProgress progress, int y, Dialog dialog) {
        var earlier = baselines.of(progress.target().code(), y);
        com.vaadin.flow.component.textfield.BigDecimalField amount =
                new com.vaadin.flow.component.textfield.BigDecimalField(getTranslation("baseline.amount",
                        String.valueOf(y), progress.target().unit(getLocale())));
        amount.setValue(earlier.map(PlanBaselines.Entered::amount).orElse(null));
        amount.setHelperText(getTranslation("baseline.amount.help"));
        com.vaadin.flow.component.textfield.TextField note = new com.vaadin.flow.component.textfield.TextField(
                getTranslation("baseline.note"));
        note.setValue(earlier.map(PlanBaselines.Entered::note).orElse(""));
        note.setMaxLength(500);
        note.setWidthFull();
        com.vaadin.flow.component.button.Button save = new com.vaadin.flow.component.button.Button(
                getTranslation("baseline.save"), e -> {
                    try {
                        baselines.enter(progress.target().code(), y, amount.getValue(), note.getValue());
                        Notifications.success(getTranslation("baseline.saved"));
                        dialog.close();
                        refresh();
                    } catch (UserFacingException problem) {
                        FormProblems.show(this, problem, java.util.Map.of("amount", amount, "note", note));
                    }
                });
        Div form = new Div(new H3(getTranslation("baseline.title", String.valueOf(y))), amount, note, save);
        earlier.ifPresent(b -> form.add(new Paragraph(getTranslation("baseline.last", b.enteredBy(),
                Formats.dateTime(b.enteredAt())))));
        form.addClassName("baseline-form");
        return form;
    }

    /** The records behind the selected year's actual value, each opening its own page. */
    Dialog recordsBehind(TargetProgress progress) {
        Dialog dialog = new Dialog();
        int y = year.getValue();
        dialog.setHeaderTitle(progress.target().code() + " · " + y + ": "
                + Numbers.decimal(progress.actualIn(y), getLocale()));
        List<PlanEvent> records = plan.recordsBehind(progress.target().code(), y);
        Grid<PlanEvent> grid = new Grid<>();
        grid.addColumn(e -> Formats.date(e.day())).setHeader(getTranslation("dashboard.record.day")).setAutoWidth(true);
        grid.addComponentColumn(e -> new Anchor(e.link(), e.label())).setHeader(getTranslation("dashboard.record"))
                .setFlexGrow(1).setKey("record");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT); // whole names, never cut off
        grid.setItems(records);
        grid.setAllRowsVisible(records.size() <= 15);
        dialog.add(new Paragraph(progress.target().name(getLocale())), records.isEmpty()
                ? new Paragraph(getTranslation("dashboard.record.none")) : grid);
        if (y <= baselines.lastYear()) {
            dialog.add(baselineForm(progress, y, dialog));
        }
        dialog.setWidth("min(44rem, 95vw)");
        dialog.getFooter().add(new com.vaadin.flow.component.button.Button(getTranslation("action.close"),
                e -> dialog.close()));
        dialog.open();
        return dialog;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.plan-dashboard");
    }
}
