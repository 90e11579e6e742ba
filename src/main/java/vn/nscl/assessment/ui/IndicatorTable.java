package vn.nscl.assessment.ui;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;

import vn.nscl.assessment.IndicatorSnapshot;
import vn.nscl.enterprise.ProductivityIndicators;
import vn.nscl.enterprise.YearFigures;
import vn.nscl.shared.ui.Numbers;

/** The productivity indicators of the assessment year against the year before, with the growth. */
class IndicatorTable extends Div {

    record Row(String label, String before, String now, String growth) {
    }

    IndicatorTable(IndicatorSnapshot snapshot) {
        if (snapshot == null || snapshot.current() == null) {
            add(new Paragraph(getTranslation("results.indicators.none")));
            return;
        }
        YearFigures now = snapshot.current();
        YearFigures before = snapshot.previous() == null ? YearFigures.empty(now.year() - 1) : snapshot.previous();
        ProductivityIndicators derivedNow = snapshot.derived();
        ProductivityIndicators derivedBefore = ProductivityIndicators.of(before, null);
        List<Row> rows = new ArrayList<>();
        rows.add(new Row(getTranslation("figures.employees"), count(before.employees()), count(now.employees()), ""));
        rows.add(money("figures.revenue", before, now, YearFigures::revenue, derivedNow.revenueGrowth()));
        rows.add(new Row(getTranslation("figures.value-added"), Numbers.money(derivedBefore.valueAdded(), getLocale()),
                Numbers.money(derivedNow.valueAdded(), getLocale()),
                Numbers.percent(derivedNow.valueAddedGrowth(), getLocale())));
        rows.add(new Row(getTranslation("figures.labour-productivity"),
                Numbers.money(derivedBefore.labourProductivity(), getLocale()),
                Numbers.money(derivedNow.labourProductivity(), getLocale()),
                Numbers.percent(derivedNow.labourProductivityGrowth(), getLocale())));
        rows.add(new Row(getTranslation("figures.energy-per-value-added"),
                Numbers.plain(derivedBefore.energyPerValueAdded(), getLocale()),
                Numbers.plain(derivedNow.energyPerValueAdded(), getLocale()), ""));
        rows.add(new Row(getTranslation("figures.defect-rate"), pct(before.defectRate()), pct(now.defectRate()), ""));
        rows.add(new Row(getTranslation("figures.new-product-share"), pct(before.newProductShare()),
                pct(now.newProductShare()), ""));
        rows.add(new Row(getTranslation("figures.suggestions"), count(before.suggestionsImplemented()),
                count(now.suggestionsImplemented()), ""));
        Grid<Row> grid = new Grid<>();
        grid.addColumn(Row::label).setHeader("").setFlexGrow(3);
        grid.addColumn(Row::before).setHeader(String.valueOf(before.year()));
        grid.addColumn(Row::now).setHeader(String.valueOf(now.year()));
        grid.addColumn(Row::growth).setHeader(getTranslation("results.growth"));
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.setItems(rows);
        setWidthFull();
        add(grid);
    }

    private Row money(String key, YearFigures before, YearFigures now, Function<YearFigures, BigDecimal> value,
            BigDecimal growth) {
        return new Row(getTranslation(key), Numbers.money(value.apply(before), getLocale()),
                Numbers.money(value.apply(now), getLocale()), Numbers.percent(growth, getLocale()));
    }

    private String pct(BigDecimal value) {
        return value == null ? Numbers.MISSING : Numbers.plain(value, getLocale()) + " %";
    }

    private static String count(Integer value) {
        return value == null ? Numbers.MISSING : String.valueOf(value);
    }
}
