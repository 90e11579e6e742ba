package vn.nscl.assessment.ui;

import java.util.List;

import org.springframework.beans.factory.ObjectProvider;

import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import jakarta.annotation.security.PermitAll;
import vn.nscl.assessment.AssessmentResults;
import vn.nscl.assessment.AssessmentResultsService;
import vn.nscl.assessment.DimensionScore;
import vn.nscl.assessment.ResultsCharts;
import vn.nscl.assessment.SectorBenchmark;
import vn.nscl.shared.ui.Formats;
import vn.nscl.shared.ui.Numbers;
import vn.nscl.shared.ui.StatTile;

/**
 * Kết quả đánh giá: the scores with a radar against the sector average and the previous assessment, strengths and
 * gaps, indicators, the trend over the years and the PDF report. Who may open it is checked by the service.
 */
@Route("assessment/:id/results")
@PermitAll
public class AssessmentResultsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final AssessmentResultsService service;
    private final List<ResultsSection> sections;
    AssessmentResults results;

    AssessmentResultsView(AssessmentResultsService service, ObjectProvider<ResultsSection> sections) {
        this.service = service;
        this.sections = sections.orderedStream().toList();
        addClassName("results-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().getLong("id").orElse(-1L);
        results = service.results(id);
        removeAll();
        var locale = getLocale();
        add(new H1(results.enterpriseName()));
        add(new Paragraph(results.questionnaire().title().in(locale) + " · " + getTranslation("assessment.year") + " "
                + results.summary().year() + " · " + getTranslation("assessment.submitted-at") + " "
                + Formats.date(results.summary().submittedAt())));
        Div tiles = new Div(new StatTile(getTranslation("results.overall"), Numbers.score(results.scores().overall(),
                locale) + "/100"), new StatTile(getTranslation("results.maturity"),
                results.scores().maturityLevel() == null ? Numbers.MISSING
                        : getTranslation("maturity." + results.scores().maturityLevel())));
        tiles.addClassName("stat-row");
        add(tiles, pdfLink(id));

        Div charts = new Div(new Svg(ResultsCharts.radar(results, locale, this::getTranslation)));
        charts.addClassName("chart");
        add(new H2(getTranslation("results.by-dimension")), charts, benchmarkNote(), new ScoreTable(results));
        add(twoLists());
        sections.forEach(section -> add(section.create(id)));
        add(new H2(getTranslation("results.indicators")), new IndicatorTable(results.indicators()));
        if (results.trend().size() > 1) {
            Div trend = new Div(new Svg(ResultsCharts.trend(results, this::getTranslation)));
            trend.addClassName("chart");
            add(new H2(getTranslation("results.trend")), trend);
        }
    }

    private Paragraph benchmarkNote() {
        if (results.benchmark().available()) {
            return new Paragraph(getTranslation("results.benchmark", results.benchmark().peers()));
        }
        return new Paragraph(getTranslation("results.benchmark.none", SectorBenchmark.MIN_PEERS));
    }

    private Div twoLists() {
        Div lists = new Div(list("results.strengths", results.strengths()), list("results.gaps", results.gaps()));
        lists.addClassName("home-panels");
        return lists;
    }

    private Div list(String titleKey, java.util.List<DimensionScore> scores) {
        UnorderedList list = new UnorderedList();
        scores.forEach(s -> list.add(new ListItem(results.questionnaire().dimensionName(s.dimension(), getLocale())
                + ": " + Numbers.score(s.score(), getLocale()))));
        return new Div(new H2(getTranslation(titleKey)), list);
    }

    private Anchor pdfLink(long id) {
        var locale = getLocale();
        Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] pdf = service.pdf(id, locale);
            return new DownloadResponse(new java.io.ByteArrayInputStream(pdf),
                    "nscl-danh-gia-" + id + ".pdf", "application/pdf", pdf.length);
        }), "");
        link.add(VaadinIcon.DOWNLOAD.create(), new com.vaadin.flow.component.html.Span(getTranslation("results.pdf")));
        link.addClassName("pdf-link");
        link.setId("results-pdf");
        return link;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("results.title") + " | " + getTranslation("app.name");
    }
}
