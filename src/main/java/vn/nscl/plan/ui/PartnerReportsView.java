package vn.nscl.plan.ui;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;
import vn.nscl.plan.AgencyStatus;
import vn.nscl.plan.AgencyView;
import vn.nscl.plan.DashboardService;
import vn.nscl.plan.AnnualReportFilings;
import vn.nscl.plan.PartnerDeadlines;
import vn.nscl.plan.PartnerReportView;
import vn.nscl.plan.PartnerService;
import vn.nscl.plan.PlanYears;
import vn.nscl.plan.TargetView;
import vn.nscl.security.AccountContact;
import vn.nscl.security.Role;
import vn.nscl.shared.UserFacingException;
import vn.nscl.shared.ui.FormProblems;
import vn.nscl.shared.ui.Formats;
import vn.nscl.shared.ui.Notifications;

/**
 * Báo cáo của đơn vị phối hợp: a partner agency enters its yearly figures and narrative; the Department sees which
 * agencies have not reported yet, can enter a paper report on an agency's behalf, and sets who reports for whom.
 */
@Route("plan/partners")
@Menu(title = "nav.plan-partners", order = 52, icon = "vaadin:handshake")
@RolesAllowed({"OFFICER", "ADMIN", "PARTNER"})
public class PartnerReportsView extends VerticalLayout implements HasDynamicTitle {

    final Select<Integer> year = new Select<>();
    final Select<AgencyView> agency = new Select<>();
    final Div form = new Div();
    final Grid<AgencyStatus> status = new Grid<>();
    final Map<String, BigDecimalField> figures = new LinkedHashMap<>();
    final TextArea narrative = new TextArea();
    Button submit;
    private final PartnerService partners;
    private final boolean staff = Role.signedInIsStaff();

    private final PartnerDeadlines deadlines;
    private final AnnualReportFilings filings;

    PartnerReportsView(PartnerService partners, PartnerDeadlines deadlines, DashboardService dashboards,
            AnnualReportFilings filings) {
        this.partners = partners;
        this.deadlines = deadlines;
        this.filings = filings;
        int thisYear = dashboards.currentYear();
        year.setLabel(getTranslation("plan.year"));
        year.setItems(IntStream.rangeClosed(PlanYears.FIRST, thisYear).boxed()
                .sorted((a, b) -> b - a).toList());
        year.setValue(thisYear);
        year.addValueChangeListener(e -> refresh());
        agency.setLabel(getTranslation("partner.agency"));
        agency.setItemLabelGenerator(a -> a.name(getLocale()));
        add(new Paragraph(getTranslation("partner.intro", Formats.date(PartnerService.DEADLINE.atYear(thisYear)))));
        if (staff) {
            agency.setItems(partners.agencies());
            agency.addValueChangeListener(e -> showForm());
            status.addColumn(s -> s.agency().name(getLocale())).setHeader(getTranslation("partner.agency"))
                    .setFlexGrow(3);
            status.addColumn(this::standing).setHeader(getTranslation("partner.status")).setAutoWidth(true);
            status.addColumn(AgencyStatus::targets).setHeader(getTranslation("partner.targets")).setAutoWidth(true);
            status.addColumn(AgencyStatus::members).setHeader(getTranslation("partner.members")).setAutoWidth(true);
            status.setAllRowsVisible(true);
            status.addItemClickListener(e -> agency.setValue(e.getItem().agency()));
            add(year, status, agency, form, new H2(getTranslation("partner.memberships")), memberships());
        } else {
            partners.myAgency().ifPresentOrElse(mine -> {
                agency.setItems(mine);
                agency.setValue(mine);
                agency.setReadOnly(true);
            }, () -> form.add(new Paragraph(getTranslation("partner.no-agency"))));
            add(year, agency, form);
        }
        refresh();
    }

    void refresh() {
        if (staff) {
            status.setItems(partners.statusFor(year.getValue()));
        }
        showForm();
    }

    /** The figures and narrative of the chosen agency and year, ready to send or correct. */
    void showForm() {
        if (agency.getValue() == null) {
            return;
        }
        form.removeAll();
        figures.clear();
        AgencyView chosen = agency.getValue();
        PartnerReportView report = partners.report(chosen.code(), year.getValue());
        Card card = new Card();
        card.setTitle(chosen.name(getLocale()) + " · " + year.getValue());
        card.setSubtitle(new Paragraph(report.submitted()
                ? getTranslation("partner.last-sent", Formats.dateTime(report.submittedAt()), report.submittedBy())
                : getTranslation("partner.not-submitted")));
        List<TargetView> targets = partners.targetsOf(chosen.code());
        for (TargetView target : targets) {
            BigDecimalField field = new BigDecimalField(target.code() + " · " + target.name(getLocale()));
            field.setHelperText(getTranslation("partner.figure.help", target.unit(getLocale()),
                    String.valueOf(year.getValue())));
            field.setValue(report.figures().get(target.code()));
            field.setWidthFull();
            figures.put(target.code(), field);
            card.add(field);
        }
        if (targets.isEmpty()) {
            card.add(new Paragraph(getTranslation("partner.no-targets")));
        }
        narrative.setLabel(getTranslation("partner.narrative"));
        narrative.setHelperText(getTranslation("partner.narrative.help"));
        narrative.setMaxLength(PartnerService.NARRATIVE_MAX);
        narrative.setValue(report.narrative());
        narrative.setWidthFull();
        narrative.setMinHeight("8rem");
        submit = new Button(getTranslation(report.submitted() ? "partner.resubmit" : "partner.submit"), e -> {
            Map<String, HasValidation> fields = new HashMap<>(figures);
            fields.put("narrative", narrative);
            Map<String, BigDecimal> values = new HashMap<>();
            figures.forEach((code, field) -> values.put(code, field.getValue()));
            // what the browser could not read as a number arrives empty: say so rather than keep the old figure
            List<UserFacingException.FieldProblem> unreadable = figures.entrySet().stream()
                    .filter(f -> f.getValue().isInvalid())
                    .map(f -> new UserFacingException.FieldProblem(f.getKey(), "partner.error.figure")).toList();
            if (!unreadable.isEmpty()) {
                FormProblems.show(this, UserFacingException.ofFields(unreadable), fields);
                return;
            }
            try {
                partners.submit(chosen.code(), year.getValue(), values, narrative.getValue(), report.version());
                Notifications.success(getTranslation("partner.sent"));
                refresh();
            } catch (UserFacingException problem) {
                FormProblems.show(this, problem, fields);
                if ("error.changed-meanwhile".equals(problem.messageKey())) {
                    refresh();
                }
            }
        });
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        card.add(narrative, submit);
        filings.filing(year.getValue()).ifPresent(filed -> {
            // The Department sent the year's report: what it quoted stays as it was.
            figures.values().forEach(field -> field.setReadOnly(true));
            narrative.setReadOnly(true);
            submit.setVisible(false);
            Paragraph locked = new Paragraph(getTranslation("partner.locked", String.valueOf(year.getValue()),
                    Formats.date(filed.filedAt())));
            locked.addClassName("locked-note");
            card.add(locked);
        });
        form.add(card);
    }

    private Grid<Map.Entry<AccountContact, String>> memberships() {
        Grid<Map.Entry<AccountContact, String>> grid = new Grid<>();
        List<AgencyView> all = partners.agencies();
        grid.addColumn(e -> e.getKey().displayName() + " · " + e.getKey().email())
                .setHeader(getTranslation("partner.account")).setFlexGrow(2);
        grid.addComponentColumn(e -> {
            Select<AgencyView> choice = new Select<>();
            choice.setItems(all);
            choice.setItemLabelGenerator(a -> a.name(getLocale()));
            choice.setPlaceholder(getTranslation("partner.choose-agency"));
            all.stream().filter(a -> a.code().equals(e.getValue())).findFirst().ifPresent(choice::setValue);
            choice.addValueChangeListener(change -> {
                if (change.isFromClient() && change.getValue() != null) {
                    partners.setMembership(e.getKey().id(), change.getValue().code());
                    Notifications.success(getTranslation("partner.member-set"));
                    status.setItems(partners.statusFor(year.getValue()));
                }
            });
            return choice;
        }).setHeader(getTranslation("partner.agency")).setFlexGrow(2);
        grid.setItems(partners.memberships().entrySet().stream().toList());
        grid.setAllRowsVisible(true);
        return grid;
    }

    /** Sent (and how late), missing (and how late), or the Department's own figures, in words. */
    private String standing(AgencyStatus s) {
        if (PartnerDeadlines.isDepartment(s.agency())) {
            return getTranslation("partner.department-itself");
        }
        long late = deadlines.daysLate(s, year.getValue());
        String said = s.submitted() ? getTranslation("partner.submitted-on", Formats.date(s.submittedAt()))
                : getTranslation("partner.not-submitted");
        return late == 0 ? said : said + " · " + getTranslation(s.submitted() ? "partner.sent-late" : "partner.overdue",
                late);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.plan-partners");
    }
}
