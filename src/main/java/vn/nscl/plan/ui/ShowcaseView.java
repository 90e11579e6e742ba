package vn.nscl.plan.ui;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import vn.nscl.assessment.Questionnaire;
import vn.nscl.assessment.Questionnaires;
import vn.nscl.assessment.Tier;
import vn.nscl.plan.ShowcaseEntry;
import vn.nscl.plan.ShowcaseService;
import vn.nscl.reference.ReferenceData;
import vn.nscl.security.Role;
import vn.nscl.shared.SignedIn;
import vn.nscl.shared.ui.LanguageSupport;
import vn.nscl.shared.ui.Numbers;
import vn.nscl.shared.ui.PublicPageHeader;
import vn.nscl.shared.ui.SvgCharts;

/**
 * Doanh nghiệp điển hình: the public showcase of model enterprises that agreed to it, each with its first and latest
 * self-assessment side by side. A model enterprise signed in here can show or hide itself.
 */
@Route(value = "showcase", autoLayout = false)
@AnonymousAllowed
public class ShowcaseView extends VerticalLayout implements HasDynamicTitle {

    final Div entries = new Div();
    private final ShowcaseService showcase;
    private final Questionnaire questionnaire;
    private final ReferenceData reference;

    ShowcaseView(ShowcaseService showcase, Questionnaires questionnaires, ReferenceData reference,
            LanguageSupport languages) {
        this.showcase = showcase;
        this.questionnaire = questionnaires.current(Tier.FULL);
        this.reference = reference;
        addClassName("public-page");
        entries.addClassName("showcase-list");
        add(new PublicPageHeader(languages), new H1(getTranslation("showcase.title")),
                new Paragraph(getTranslation("showcase.intro")));
        if (SignedIn.hasRole(Role.ENTERPRISE.name())) {
            ShowcaseService.MyShowcase mine = showcase.mine();
            if (mine.model()) {
                Checkbox consent = new Checkbox(getTranslation("showcase.consent"), mine.consented());
                consent.setHelperText(getTranslation("showcase.consent.help"));
                consent.addValueChangeListener(e -> {
                    if (vn.nscl.shared.ui.Attempts.run(this, () -> showcase.consent(e.getValue()),
                            e.getValue() ? "showcase.shown" : "showcase.hidden")) {
                        refresh();
                    }
                });
                add(consent);
            }
        }
        add(entries);
        refresh();
    }

    void refresh() {
        entries.removeAll();
        List<ShowcaseEntry> all = showcase.showcase();
        if (all.isEmpty()) {
            entries.add(new Paragraph(getTranslation("showcase.none")));
        }
        for (ShowcaseEntry entry : all) {
            Card card = new Card();
            card.addClassName("showcase-card");
            card.setTitle(entry.name());
            card.setSubtitle(new Paragraph(reference.communeName(entry.communeCode())
                    + (entry.sectorCode() == null ? "" : " · " + reference.sector(entry.sectorCode())
                            .map(s -> s.name(getLocale())).orElse(entry.sectorCode()))));
            ShowcaseEntry.Snapshot before = entry.before();
            ShowcaseEntry.Snapshot after = entry.after();
            boolean changed = before.day() != null && !before.equals(after);
            card.add(new Paragraph(changed
                    ? getTranslation("showcase.change", Numbers.score(before.score(), getLocale()),
                            Numbers.score(after.score(), getLocale()),
                            Numbers.signed(after.score().subtract(before.score()), getLocale()))
                    : getTranslation("showcase.one", Numbers.score(after.score(), getLocale()))));
            List<String> axes = new ArrayList<>(after.dimensions().keySet());
            List<SvgCharts.Series> series = new ArrayList<>();
            if (changed) {
                series.add(new SvgCharts.Series(getTranslation("showcase.before",
                        String.valueOf(before.day().getYear())), "#98a2b3",
                        axes.stream().map(d -> value(before, d)).toList(), true));
            }
            series.add(new SvgCharts.Series(getTranslation("showcase.after",
                    String.valueOf(after.day().getYear())), "#0b6e4f",
                    axes.stream().map(d -> value(after, d)).toList(), false));
            card.add(new Svg(SvgCharts.radar(axes.stream().map(d -> questionnaire.dimensionName(d, getLocale()))
                    .toList(), series, entry.name())));
            entries.add(card);
        }
    }

    private static Double value(ShowcaseEntry.Snapshot snapshot, String dimension) {
        return snapshot.dimensions().get(dimension) == null ? null : snapshot.dimensions().get(dimension).doubleValue();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("showcase.title");
    }
}
