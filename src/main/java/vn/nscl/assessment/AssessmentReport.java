package vn.nscl.assessment;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.function.Function;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import vn.nscl.enterprise.ProductivityIndicators;
import vn.nscl.enterprise.YearFigures;
import vn.nscl.reference.ReferenceData;
import vn.nscl.shared.PdfDocuments;
import vn.nscl.shared.ui.Formats;
import vn.nscl.shared.ui.Numbers;
import vn.nscl.shared.ui.SvgCharts;
import vn.nscl.shared.ui.TranslationProvider;

/**
 * The PDF report of a submitted assessment, in the reader's language, with DejaVu Sans embedded so Vietnamese
 * diacritics print correctly: scores, the radar chart, strengths and gaps, indicators.
 */
@Component
class AssessmentReport {

    private static final String FONT = PdfDocuments.FONT;

    private final TranslationProvider translations;
    private final ReferenceData reference;
    // Looked up when a report is rendered: the sections' modules depend on this one, not the other way round.
    private final ObjectProvider<ReportSection> sections;

    AssessmentReport(TranslationProvider translations, ReferenceData reference,
            ObjectProvider<ReportSection> sections) {
        this.translations = translations;
        this.reference = reference;
        this.sections = sections;
    }

    byte[] render(AssessmentResults results, Locale locale) {
        Function<String, String> t = key -> translations.getTranslation(key, locale);
        String html = html(results, locale, t);
        return PdfDocuments.render(html);
    }

    private String html(AssessmentResults r, Locale locale, Function<String, String> t) {
        StringBuilder h = new StringBuilder("<html><head><meta charset=\"utf-8\"/><style>")
                .append("body{font-family:'").append(FONT).append("';font-size:10pt;color:#1d2939}")
                .append("h1{font-size:16pt;color:#0b6e4f;margin:0 0 4pt}h2{font-size:12pt;margin:14pt 0 4pt}")
                .append("table{border-collapse:collapse;width:100%}td,th{border:1px solid #d0d5dd;padding:3pt 5pt;")
                .append("text-align:left}th{background:#f2f4f7}.num{text-align:right}.meta{color:#475467}")
                .append("</style></head><body>");
        h.append("<h1>").append(x(t.apply("report.title"))).append("</h1>");
        h.append("<p class=\"meta\"><b>").append(x(r.enterpriseName())).append("</b><br/>")
                .append(x(r.questionnaire().title().in(locale))).append(" (v").append(r.questionnaire().version())
                .append(") · ").append(x(t.apply("assessment.year"))).append(' ').append(r.summary().year())
                .append(" · ").append(x(t.apply("assessment.submitted-at"))).append(' ')
                .append(Formats.date(r.summary().submittedAt())).append("</p>");
        h.append("<p><b>").append(x(t.apply("results.overall"))).append(": ")
                .append(Numbers.score(r.scores().overall(), locale)).append("/100</b> · ")
                .append(x(t.apply("results.maturity"))).append(": ")
                .append(r.scores().maturityLevel() == null ? "" : x(t.apply("maturity." + r.scores().maturityLevel())))
                .append("</p>");
        h.append(ResultsCharts.radar(r, locale, t));
        scoreTable(h, r, locale, t);
        list(h, t.apply("results.strengths"), r, r.strengths(), locale);
        list(h, t.apply("results.gaps"), r, r.gaps(), locale);
        indicators(h, r.indicators(), locale, t);
        sections.orderedStream().forEach(section -> h.append(section.html(r.summary().id(), locale)));
        h.append("<p class=\"meta\">").append(x(t.apply("report.footer")))
                .append(' ').append(x(reference.servedProvince().name())).append("</p>");
        return h.append("</body></html>").toString();
    }

    private static void scoreTable(StringBuilder h, AssessmentResults r, Locale locale, Function<String, String> t) {
        h.append("<h2>").append(x(t.apply("results.by-dimension"))).append("</h2><table><tr><th>")
                .append(x(t.apply("results.dimension"))).append("</th><th class=\"num\">").append(x(t.apply("results.score")))
                .append("</th><th class=\"num\">").append(x(t.apply("results.sector-average")))
                .append("</th><th class=\"num\">").append(x(t.apply("results.change"))).append("</th></tr>");
        for (DimensionScore score : r.scores().dimensions()) {
            BigDecimal change = r.change(score.dimension());
            h.append("<tr><td>").append(x(r.questionnaire().dimensionName(score.dimension(), locale))).append("</td><td class=\"num\">")
                    .append(Numbers.score(score.score(), locale)).append("</td><td class=\"num\">")
                    .append(Numbers.score(r.benchmark().averages().get(score.dimension()), locale))
                    .append("</td><td class=\"num\">").append(Numbers.signed(change, locale))
                    .append("</td></tr>");
        }
        h.append("</table>");
    }

    private static void list(StringBuilder h, String title, AssessmentResults r, java.util.List<DimensionScore> scores,
            Locale locale) {
        h.append("<h2>").append(x(title)).append("</h2><ul>");
        scores.forEach(s -> h.append("<li>").append(x(r.questionnaire().dimensionName(s.dimension(), locale))).append(": ")
                .append(Numbers.score(s.score(), locale)).append("</li>"));
        h.append("</ul>");
    }

    private static void indicators(StringBuilder h, IndicatorSnapshot snapshot, Locale locale,
            Function<String, String> t) {
        if (snapshot == null) {
            return;
        }
        YearFigures now = snapshot.current();
        YearFigures before = snapshot.previous();
        ProductivityIndicators derived = snapshot.derived();
        h.append("<h2>").append(x(t.apply("results.indicators"))).append("</h2><table><tr><th></th><th class=\"num\">")
                .append(before == null ? now.year() - 1 : before.year()).append("</th><th class=\"num\">")
                .append(now.year()).append("</th></tr>");
        row(h, t.apply("figures.employees"), before == null || before.employees() == null ? Numbers.MISSING
                : before.employees().toString(), now.employees() == null ? Numbers.MISSING : now.employees().toString());
        row(h, t.apply("figures.revenue"), Numbers.money(before == null ? null : before.revenue(), locale),
                Numbers.money(now.revenue(), locale));
        row(h, t.apply("figures.value-added"), Numbers.money(before == null ? null : before.valueAdded(), locale),
                Numbers.money(derived.valueAdded(), locale));
        row(h, t.apply("figures.labour-productivity"), Numbers.money(before == null ? null
                : ProductivityIndicators.of(before, null).labourProductivity(), locale),
                Numbers.money(derived.labourProductivity(), locale));
        h.append("</table><p>").append(x(t.apply("figures.revenue-growth"))).append(": ")
                .append(Numbers.percent(derived.revenueGrowth(), locale)).append(" · ")
                .append(x(t.apply("figures.labour-productivity-growth"))).append(": ")
                .append(Numbers.percent(derived.labourProductivityGrowth(), locale)).append("</p>");
    }

    private static void row(StringBuilder h, String label, String before, String now) {
        h.append("<tr><td>").append(x(label)).append("</td><td class=\"num\">").append(x(before))
                .append("</td><td class=\"num\">").append(x(now)).append("</td></tr>");
    }

    private static String x(String text) {
        return SvgCharts.xml(text);
    }
}
