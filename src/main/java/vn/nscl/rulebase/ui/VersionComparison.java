package vn.nscl.rulebase.ui;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;

import vn.nscl.rulebase.RuleFileDiff;
import vn.nscl.rulebase.RuleSetSummary;
import vn.nscl.rulebase.RuleVersions;

/**
 * Any two versions of a kind side by side: the earlier version's lines on the left, the later one's on the right,
 * with line numbers, removed lines red, added green, changed ones paired; unchanged stretches folded to a count.
 */
public class VersionComparison extends Div {

    /** Beyond this many rows in one file the rest is left out (a whole file rewritten is better downloaded). */
    static final int MAX_ROWS_PER_FILE = 600;

    private final transient RuleVersions service;
    private final String kind;
    public final Select<RuleSetSummary> from = new Select<>();
    public final Select<RuleSetSummary> to = new Select<>();
    public final Button compareButton;
    public final Div result = new Div();
    private List<RuleSetSummary> versions = List.of();

    VersionComparison(RuleVersions service, String kind) {
        this.service = service;
        this.kind = kind;
        addClassName("version-comparison");
        from.setLabel(getTranslation("rules.compare.from"));
        to.setLabel(getTranslation("rules.compare.to"));
        from.setItemLabelGenerator(this::label);
        to.setItemLabelGenerator(this::label);
        from.setWidth("17em");
        to.setWidth("17em");
        compareButton = RuleVersionsScreen.button(getTranslation("rules.compare.run"), VaadinIcon.PLAY, this::compare);
        HorizontalLayout choice = new HorizontalLayout(from, to, compareButton);
        choice.setWrap(true);
        choice.setAlignItems(FlexComponent.Alignment.BASELINE);
        result.addClassName("comparison-result");
        add(new H2(getTranslation("rules.compare")), new Paragraph(getTranslation("rules.compare.help")), choice,
                result);
    }

    /** The versions to choose from, newest first. */
    void setVersions(List<RuleSetSummary> versions) {
        this.versions = List.copyOf(versions);
        from.setItems(this.versions);
        to.setItems(this.versions);
    }

    /**
     * Chooses the pair for the version shown: against the one in use, or for the one in use against the one before
     * it; the earlier version on the left.
     */
    void pairWith(RuleSetSummary shown) {
        RuleSetSummary inUse = versions.stream().filter(RuleSetSummary::active).findFirst().orElse(shown);
        RuleSetSummary other = shown.id() != inUse.id() ? inUse : versions.stream()
                .filter(v -> v.number() < shown.number()).findFirst().orElse(shown);
        boolean otherFirst = other.number() <= shown.number();
        from.setValue(find(otherFirst ? other : shown));
        to.setValue(find(otherFirst ? shown : other));
        result.removeAll();
    }

    /** The item of the list with the same id (a summary read again is another object). */
    private RuleSetSummary find(RuleSetSummary version) {
        return versions.stream().filter(v -> v.id() == version.id()).findFirst().orElse(null);
    }

    private String label(RuleSetSummary version) {
        return getTranslation("rules.version.number", version.number()) + " · " + getTranslation("rules.status."
                + (version.active() ? "active" : version.draft() ? "draft" : "published"));
    }

    void compare() {
        result.removeAll();
        if (from.getValue() == null || to.getValue() == null) {
            result.add(new Paragraph(getTranslation("rules.compare.choose")));
            return;
        }
        if (from.getValue().id() == to.getValue().id()) {
            result.add(new Paragraph(getTranslation("rules.compare.same")));
            return;
        }
        List<RuleFileDiff.FileComparison> files = service.compare(kind, from.getValue().id(), to.getValue().id());
        if (files.isEmpty()) {
            result.add(new Paragraph(getTranslation("rules.compare.identical")));
            return;
        }
        result.add(new Paragraph(getTranslation("rules.compare.summary", files.size())));
        files.forEach(file -> result.add(new H4(file.path() + " · " + getTranslation("rules.dry-run.diff."
                + file.change().name().toLowerCase(Locale.ROOT))), table(file)));
    }

    private Div table(RuleFileDiff.FileComparison file) {
        Div table = new Div();
        table.addClassName("side-by-side");
        table.add(header(getTranslation("rules.version.number", from.getValue().number())),
                header(getTranslation("rules.version.number", to.getValue().number())));
        List<RuleFileDiff.Row> rows = file.rows();
        rows.stream().limit(MAX_ROWS_PER_FILE).forEach(row -> {
            if (row.kind() == RuleFileDiff.RowKind.GAP) {
                Span gap = new Span(getTranslation("rules.compare.gap", row.oldNumber()));
                gap.addClassName("sbs-gap");
                table.add(gap);
                return;
            }
            String kindClass = "sbs-" + row.kind().name().toLowerCase(Locale.ROOT);
            table.add(cell(row.oldNumber() > 0 ? String.valueOf(row.oldNumber()) : "", "sbs-number", kindClass,
                    "sbs-old"), cell(row.oldText(), "sbs-text", kindClass, "sbs-old"),
                    cell(row.newNumber() > 0 ? String.valueOf(row.newNumber()) : "", "sbs-number", kindClass,
                            "sbs-new"), cell(row.newText(), "sbs-text", kindClass, "sbs-new"));
        });
        if (rows.size() > MAX_ROWS_PER_FILE) {
            Span more = new Span(getTranslation("rules.compare.more", rows.size() - MAX_ROWS_PER_FILE));
            more.addClassName("sbs-gap");
            table.add(more);
        }
        return table;
    }

    private static Span header(String text) {
        Span header = new Span(text);
        header.addClassName("sbs-header");
        return header;
    }

    private static Span cell(String text, String... classes) {
        Span cell = new Span(text);
        cell.addClassNames(classes);
        return cell;
    }
}
