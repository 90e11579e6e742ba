package vn.nscl.enterprise.ui;

import java.util.List;
import java.util.function.Consumer;
import java.util.stream.IntStream;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;

import vn.nscl.enterprise.EnterpriseProfile;
import vn.nscl.enterprise.EnterpriseProfileService;
import vn.nscl.enterprise.ProductivityIndicators;
import vn.nscl.enterprise.YearFigures;
import vn.nscl.shared.ui.Numbers;

/** Figures by year: a table of every year kept, and the form of the chosen year, saved as it is typed. */
class FiguresSection extends Div {

    final Grid<YearFigures> years = new Grid<>();
    final Select<Integer> year = new Select<>();
    private final Div formHolder = new Div();
    private final EnterpriseProfileService profiles;
    // Told of the reloaded profile after each save: the size class follows the figures.
    private final Consumer<EnterpriseProfile> onSaved;
    private EnterpriseProfile profile;
    YearFiguresForm form;

    FiguresSection(EnterpriseProfileService profiles, EnterpriseProfile profile, Consumer<EnterpriseProfile> onSaved) {
        this.profiles = profiles;
        this.profile = profile;
        this.onSaved = onSaved;
        add(new Paragraph(getTranslation("profile.figures.help")));
        years.addColumn(YearFigures::year).setHeader(getTranslation("figures.year.short")).setAutoWidth(true);
        years.addColumn(f -> f.employees() == null ? Numbers.MISSING : String.valueOf(f.employees()))
                .setHeader(getTranslation("figures.employees"));
        years.addColumn(f -> Numbers.money(f.revenue(), getLocale())).setHeader(getTranslation("figures.revenue"));
        years.addColumn(f -> Numbers.money(f.valueAdded(), getLocale()))
                .setHeader(getTranslation("figures.value-added"));
        years.addColumn(f -> Numbers.money(ProductivityIndicators.of(f, null).labourProductivity(), getLocale()))
                .setHeader(getTranslation("figures.labour-productivity"));
        years.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        years.setAllRowsVisible(true);
        years.addItemClickListener(e -> year.setValue(e.getItem().year()));

        int thisYear = profile.currentYear();
        year.setLabel(getTranslation("figures.choose-year"));
        year.setItems(IntStream.rangeClosed(2021, thisYear).boxed().sorted((a, b) -> b - a).toList());
        year.addValueChangeListener(e -> showForm(e.getValue()));
        add(years, year, formHolder);
        show(profile);
        year.setValue(thisYear - 1);
    }

    void show(EnterpriseProfile latest) {
        this.profile = latest;
        years.setItems(latest.figures());
        years.setVisible(!latest.figures().isEmpty());
    }

    private void showForm(Integer chosen) {
        formHolder.removeAll();
        if (chosen == null) {
            return;
        }
        form = new YearFiguresForm(profiles, profile.enterprise().id(), chosen, profile.figuresOf(chosen).orElse(null),
                profile.figuresOf(chosen - 1).orElse(null));
        form.setOnSaved(saved -> {
            EnterpriseProfile latest = profiles.profile(profile.enterprise().id());
            show(latest);
            onSaved.accept(latest);
        });
        formHolder.add(form);
    }

    List<YearFigures> shownYears() {
        return profile.figures();
    }
}
