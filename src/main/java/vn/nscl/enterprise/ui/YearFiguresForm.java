package vn.nscl.enterprise.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;

import vn.nscl.enterprise.EnterpriseProfileService;
import vn.nscl.enterprise.EnterpriseProfileService.SavedFigures;
import vn.nscl.enterprise.ProductivityIndicators;
import vn.nscl.enterprise.YearFigures;
import vn.nscl.shared.UserFacingException;
import vn.nscl.shared.UserFacingException.FieldProblem;
import vn.nscl.shared.ui.FormProblems;
import vn.nscl.shared.ui.Notifications;
import vn.nscl.shared.ui.Numbers;
import vn.nscl.shared.ui.Formats;

/**
 * The productivity indicators of one year (plan item 1.d), saved as each value is given: an impossible value is
 * refused at its field and not saved; an implausible one is saved and pointed out. Money in million VND.
 */
public class YearFiguresForm extends Div {

    public final IntegerField employees = integer("figures.employees");
    public final BigDecimalField revenue = money("figures.revenue");
    public final BigDecimalField capital = money("figures.capital");
    public final BigDecimalField boughtIn = money("figures.bought-in");
    public final BigDecimalField wages = money("figures.wages");
    public final BigDecimalField depreciation = money("figures.depreciation");
    public final BigDecimalField energyCost = money("figures.energy-cost");
    public final BigDecimalField defectRate = decimal("figures.defect-rate", "%");
    public final BigDecimalField newProductShare = decimal("figures.new-product-share", "%");
    public final BigDecimalField trainingHours = decimal("figures.training-hours", getTranslation("figures.unit.hours"));
    public final IntegerField suggestionsImplemented = integer("figures.suggestions");
    public final Div derived = new Div();
    public final Div warnings = new Div();

    private final EnterpriseProfileService profiles;
    private final long enterpriseId;
    private final int year;
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();
    private Long version;
    private YearFigures previous;
    private boolean loading;
    private Consumer<YearFigures> onSaved = saved -> { };
    /** "Đã lưu lúc 14:05": the figures save themselves, so the user is told when they did. */
    final Span savedNote = new Span();

    public YearFiguresForm(EnterpriseProfileService profiles, long enterpriseId, int year, YearFigures stored,
            YearFigures previous) {
        this.profiles = profiles;
        this.enterpriseId = enterpriseId;
        this.year = year;
        this.previous = previous;
        addClassName("year-figures");
        fields.putAll(Map.of("employees", employees, "revenue", revenue, "capital", capital, "boughtIn", boughtIn,
                "wages", wages, "depreciation", depreciation, "energyCost", energyCost, "defectRate", defectRate,
                "newProductShare", newProductShare, "trainingHours", trainingHours));
        fields.put("suggestionsImplemented", suggestionsImplemented);
        FormLayout form = new FormLayout(employees, revenue, boughtIn, wages, depreciation, energyCost, capital,
                defectRate, newProductShare, trainingHours, suggestionsImplemented);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("560px", 2));
        derived.addClassName("derived-indicators");
        warnings.addClassName("figure-warnings");
        savedNote.addClassName("saved-note");
        savedNote.getElement().setAttribute("aria-live", "polite");
        Paragraph autosave = new Paragraph(getTranslation("figures.autosave"));
        autosave.addClassName("autosave-help");
        add(new H3(getTranslation("figures.year", String.valueOf(year))), autosave, form, savedNote, warnings, derived);
        show(stored == null ? YearFigures.empty(year) : stored);
        fields.values().forEach(field -> ((HasValue<?, ?>) field).addValueChangeListener(event -> {
            if (!loading) {
                save();
            }
        }));
    }

    /** Saves what the fields hold now; called on each change. */
    void save() {
        FormProblems.clear(fields);
        try {
            SavedFigures saved = profiles.saveFigures(enterpriseId, current());
            version = saved.figures().version();
            showWarnings(saved.warnings());
            showDerived(saved.figures());
            savedNote.setText(getTranslation("figures.saved-at", java.time.LocalTime.now(Formats.VIETNAM)
                    .format(java.time.format.DateTimeFormatter.ofPattern("HH:mm"))));
            onSaved.accept(saved.figures());
        } catch (UserFacingException problem) {
            if (problem.messageKey().equals("figures.error.changed-meanwhile")) {
                Notifications.error(getTranslation(problem.messageKey(), String.valueOf(year)));
                profiles.profile(enterpriseId).figuresOf(year).ifPresent(this::show);
            } else {
                FormProblems.show(this, problem, fields);
            }
        }
    }

    /** Called after each successful save, e.g. to refresh a summary of all years. */
    public void setOnSaved(Consumer<YearFigures> listener) {
        this.onSaved = listener;
    }

    public YearFigures current() {
        return new YearFigures(year, employees.getValue(), revenue.getValue(), capital.getValue(), boughtIn.getValue(),
                wages.getValue(), depreciation.getValue(), energyCost.getValue(), defectRate.getValue(),
                newProductShare.getValue(), trainingHours.getValue(), suggestionsImplemented.getValue(), version);
    }

    public void setPrevious(YearFigures previousYear) {
        this.previous = previousYear;
        showDerived(current());
    }

    private void show(YearFigures figures) {
        loading = true;
        try {
            employees.setValue(figures.employees());
            revenue.setValue(figures.revenue());
            capital.setValue(figures.capital());
            boughtIn.setValue(figures.boughtIn());
            wages.setValue(figures.wages());
            depreciation.setValue(figures.depreciation());
            energyCost.setValue(figures.energyCost());
            defectRate.setValue(figures.defectRate());
            newProductShare.setValue(figures.newProductShare());
            trainingHours.setValue(figures.trainingHours());
            suggestionsImplemented.setValue(figures.suggestionsImplemented());
            version = figures.version();
        } finally {
            loading = false;
        }
        showDerived(figures);
    }

    private void showDerived(YearFigures figures) {
        ProductivityIndicators indicators = ProductivityIndicators.of(figures, previous);
        derived.removeAll();
        derived.add(new Paragraph(getTranslation("figures.value-added") + ": " + Numbers.money(indicators.valueAdded(),
                getLocale())));
        derived.add(new Paragraph(getTranslation("figures.labour-productivity") + ": "
                + Numbers.money(indicators.labourProductivity(), getLocale())));
        derived.add(new Paragraph(getTranslation("figures.energy-per-value-added") + ": "
                + Numbers.plain(indicators.energyPerValueAdded(), getLocale())));
        if (indicators.revenueGrowth() != null) {
            derived.add(new Paragraph(getTranslation("figures.revenue-growth") + ": "
                    + Numbers.percent(indicators.revenueGrowth(), getLocale())));
        }
    }

    private void showWarnings(List<FieldProblem> found) {
        warnings.removeAll();
        found.forEach(w -> warnings.add(new Paragraph("⚠ " + getTranslation(w.messageKey(), w.argArray()))));
    }

    private IntegerField integer(String key) {
        IntegerField field = new IntegerField(getTranslation(key));
        field.setHelperText(getTranslation(key + ".help"));
        field.setMin(0);
        field.setClearButtonVisible(true);
        return field;
    }

    private BigDecimalField money(String key) {
        return decimal(key, getTranslation("figures.unit.million"));
    }

    private BigDecimalField decimal(String key, String unit) {
        BigDecimalField field = new BigDecimalField(getTranslation(key));
        field.setHelperText(getTranslation(key + ".help"));
        field.setSuffixComponent(new Span(unit));
        field.setClearButtonVisible(true);
        return field;
    }
}
