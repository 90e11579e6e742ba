package vn.nscl.support.ui;


import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;

import jakarta.annotation.security.RolesAllowed;
import vn.nscl.catalogue.Catalogue;
import vn.nscl.catalogue.Programme;
import vn.nscl.reference.CommuneRef;
import vn.nscl.reference.ReferenceData;
import vn.nscl.reference.Sector;
import vn.nscl.shared.ui.ComponentTexts;
import vn.nscl.shared.ui.Formats;
import vn.nscl.shared.ui.Numbers;
import vn.nscl.support.ApplicationStatus;
import vn.nscl.support.ApplicationRow;
import vn.nscl.support.ReviewFilter;
import vn.nscl.support.ReviewService;
import vn.nscl.tasks.BackgroundTasks;
import vn.nscl.tasks.ui.TaskDownload;
import vn.nscl.reference.ui.CommuneChoices;
import vn.nscl.shared.ui.Choices;

/** Thẩm định hồ sơ: the officers' queue with filters and sorting, and the filtered list as a workbook. */
@Route("applications/review")
@Menu(title = "nav.review", order = 37, icon = "vaadin:check-square-o")
@RolesAllowed({"OFFICER", "ADMIN"})
public class ReviewQueueView extends VerticalLayout implements HasDynamicTitle {

    final Select<Programme> programme = new Select<>();
    final Select<ApplicationStatus> status = new Select<>();
    final ComboBox<CommuneRef> commune = new ComboBox<>();
    final ComboBox<Sector> sector = new ComboBox<>();
    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    final Grid<ApplicationRow> grid = new Grid<>();
    /** "Việc của tôi": only the applications assigned to the signed-in officer. */
    final com.vaadin.flow.component.checkbox.Checkbox mine = new com.vaadin.flow.component.checkbox.Checkbox();
    private final ReviewService reviews;
    /** The filter of the rows shown, read by the download (which runs outside the UI's lock). */
    private volatile ReviewFilter shownFilter = ReviewFilter.all();

    final TaskDownload export;
    final Paragraph empty = new Paragraph();
    private final java.time.Clock clock;

    /** Supported enterprises not assessed again since their project ended, the longest waiting first. */
    final com.vaadin.flow.component.details.Details followUps = new com.vaadin.flow.component.details.Details();

    ReviewQueueView(ReviewService reviews, Catalogue catalogue, ReferenceData reference, BackgroundTasks tasks,
            java.time.Clock clock, vn.nscl.support.SupportFollowUps followUpsDue) {
        this.reviews = reviews;
        this.clock = clock;
        programme.setLabel(getTranslation("application.programme"));
        programme.setItems(catalogue.programmes());
        programme.setItemLabelGenerator(p -> p == null ? getTranslation("review.all") : p.code() + " · "
                + p.name(getLocale()));
        programme.setEmptySelectionAllowed(true);
        status.setLabel(getTranslation("expert.status"));
        // Drafts are the enterprise's own until submitted: DOST never sees them, so they are not offered here.
        status.setItems(java.util.Arrays.stream(ApplicationStatus.values())
                .filter(st -> st != ApplicationStatus.DRAFT).toList());
        status.setItemLabelGenerator(s -> s == null ? getTranslation("review.all")
                : getTranslation("application.status." + s.name()));
        status.setEmptySelectionAllowed(true);
        commune.setLabel(getTranslation("enterprise.commune.short"));
        CommuneChoices.offer(commune, reference);
        commune.setClearButtonVisible(true);
        sector.setLabel(getTranslation("profile.sector"));
        Choices.offer(sector, reference.sectors(), s -> s.code() + " · " + s.name(getLocale()));
        sector.setClearButtonVisible(true);
        from.setLabel(getTranslation("review.from"));
        to.setLabel(getTranslation("review.to"));
        from.setI18n(ComponentTexts.datePicker(this));
        to.setI18n(ComponentTexts.datePicker(this));
        programme.addValueChangeListener(e -> refresh());
        status.addValueChangeListener(e -> refresh());
        commune.addValueChangeListener(e -> refresh());
        sector.addValueChangeListener(e -> refresh());
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());
        mine.setLabel(getTranslation("review.mine"));
        mine.addValueChangeListener(e -> refresh());
        FlexLayout filters = new FlexLayout(programme, status, commune, sector, from, to, mine);
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.addClassName("filters");

        grid.addColumn(ApplicationRow::id).setHeader("#").setSortProperty("id").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(ApplicationRow::applicantName).setHeader(getTranslation("request.enterprise"))
                .setSortProperty("applicantName").setFlexGrow(2);
        // The programme by its name, as officers speak of it; sorted by its code (the plan's order).
        grid.addColumn(ApplicationRow::programmeName)
                .setHeader(getTranslation("application.programme")).setSortProperty("programmeCode").setFlexGrow(2);
        grid.addColumn(ApplicationRow::title).setHeader(getTranslation("application.title")).setFlexGrow(3);
        grid.addComponentColumn(a -> ApplicationCards.status(this, a.status()))
                .setHeader(getTranslation("expert.status")).setSortProperty("status").setAutoWidth(true);
        grid.addColumn(a -> a.submittedAt() == null ? "" : Formats.date(a.submittedAt()))
                .setHeader(getTranslation("review.submitted")).setSortProperty("submittedAt");
        grid.addComponentColumn(this::waiting).setHeader(getTranslation("review.waiting")).setAutoWidth(true);
        grid.addColumn(a -> a.reviewerName() == null ? "" : a.reviewerName())
                .setHeader(getTranslation("review.reviewer.column")).setAutoWidth(true);
        grid.addColumn(a -> Numbers.decimal(a.requestedTotal(), getLocale()))
                .setHeader(getTranslation("application.requested")).setSortProperty("requestedTotal");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setPageSize(50);
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("applications/" + e.getItem().id())));

        export = new TaskDownload(tasks, ReviewService.EXPORT_TASK, getTranslation("review.export"),
                VaadinIcon.DOWNLOAD, () -> reviews.startExport(shownFilter));
        empty.addClassName("empty-state");
        var due = followUpsDue.due();
        followUps.setSummaryText(getTranslation("followup.due.title", due.size()));
        followUps.add(FollowUpList.of(due, Integer.MAX_VALUE));
        followUps.addClassName("follow-ups");
        add(filters, export, empty, grid, followUps);
        refresh();
    }

    /** Days an application under review has waited since it was submitted, flagged past the target response time. */
    private Span waiting(ApplicationRow a) {
        if (a.submittedAt() == null || !ApplicationStatus.UNDER_REVIEW.contains(a.status())) {
            return new Span();
        }
        long days = java.time.temporal.ChronoUnit.DAYS.between(Formats.day(a.submittedAt()),
                java.time.LocalDate.now(clock.withZone(Formats.VIETNAM)));
        long late = days - reviews.targetDays();
        Span span = new Span(late > 0 ? getTranslation("review.waiting.late", days, late)
                : getTranslation("review.waiting.days", days));
        if (late > 0) {
            span.getElement().getThemeList().add("badge error");
        }
        return span;
    }

    ReviewFilter filter() {
        return new ReviewFilter(programme.getValue() == null ? null : programme.getValue().code(), status.getValue(),
                commune.getValue() == null ? null : commune.getValue().code(),
                sector.getValue() == null ? null : sector.getValue().code(), from.getValue(), to.getValue(),
                Boolean.TRUE.equals(mine.getValue()) ? vn.nscl.shared.SignedIn.accountId() : null);
    }

    void refresh() {
        ReviewFilter shown = filter();
        if (!shown.equals(shownFilter) && export != null) {
            export.resume(java.util.Optional.empty()); // a file made for other filters is not this list's
        }
        shownFilter = shown;
        long count = reviews.count(shown);
        empty.setText(getTranslation("review.empty"));
        empty.setVisible(count == 0);
        grid.setVisible(count > 0);
        grid.setItems(q -> reviews.queue(shown, VaadinSpringDataHelpers.toSpringPageRequest(q)).stream(),
                q -> (int) reviews.count(shown));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.review") + " | " + getTranslation("app.name");
    }
}
