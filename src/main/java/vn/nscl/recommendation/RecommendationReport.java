package vn.nscl.recommendation;

import java.util.List;
import java.util.Locale;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.nscl.assessment.ReportSection;
import vn.nscl.catalogue.Catalogue;
import vn.nscl.catalogue.CatalogueItem;
import vn.nscl.shared.ui.SvgCharts;
import vn.nscl.shared.ui.TranslationProvider;

/**
 * The recommendations in the PDF report: the first few tools with their reasons, duration, effort and funding, the
 * others by name, then the eligible programmes; the same words as on screen so a printed report and the page agree.
 */
@Component
@Order(10)
class RecommendationReport implements ReportSection {

    private final RecommendationService recommendations;
    private final Catalogue catalogue;
    private final TranslationProvider translations;

    RecommendationReport(RecommendationService recommendations, Catalogue catalogue,
            TranslationProvider translations) {
        this.recommendations = recommendations;
        this.catalogue = catalogue;
        this.translations = translations;
    }

    @Override
    public String html(long assessmentId, Locale locale) {
        AssessmentRecommendations advice = recommendations.forAssessment(assessmentId);
        StringBuilder h = new StringBuilder("<h2>").append(t("recommendations.title", locale)).append("</h2>");
        List<Recommendation> tools = advice.tools();
        if (tools.isEmpty()) {
            h.append("<p>").append(t("recommendations.none", locale)).append("</p>");
        }
        tools.stream().filter(Recommendation::shown).forEach(tool -> tool(h, tool, locale));
        List<String> others = tools.stream().filter(r -> !r.shown()).map(r -> catalogue.itemName(r.code(), locale))
                .toList();
        if (!others.isEmpty()) {
            h.append("<p><b>").append(t("recommendations.others", locale)).append(":</b> ")
                    .append(x(String.join(", ", others))).append("</p>");
        }
        h.append("<h2>").append(t("recommendations.programmes", locale)).append("</h2>");
        if (advice.programmes().isEmpty()) {
            h.append("<p>").append(t("recommendations.programmes.none", locale)).append("</p>");
        }
        int number = 0;
        for (Recommendation programme : advice.programmes()) {
            heading(h, programme, ++number, catalogue.programmeName(programme.code(), locale),
                    "recommendations.fit.", locale);
            catalogue.programme(programme.code()).ifPresent(details ->
                    fact(h, "recommendations.support", details.support().in(locale), locale));
        }
        if (advice.ruleSetNumber() > 0) {
            h.append("<p class=\"meta\">").append(x(translations.getTranslation("recommendations.rule-set", locale,
                    advice.ruleSetNumber()))).append("</p>");
        }
        return h.toString();
    }

    private void tool(StringBuilder h, Recommendation tool, Locale locale) {
        CatalogueItem item = catalogue.item(tool.code()).orElse(null);
        heading(h, tool, tool.rank(), catalogue.itemName(tool.code(), locale), "recommendations.priority.",
                locale);
        if (item != null) {
            if (item.firstStep() != null) {
                fact(h, "recommendations.first-step", item.firstStep().in(locale), locale);
            }
            fact(h, "recommendations.duration", item.duration().in(locale), locale);
            fact(h, "recommendations.effort", item.effort().in(locale), locale);
        }
        if (tool.fundingProgramme() != null) {
            fact(h, "recommendations.funding", catalogue.programmeName(tool.fundingProgramme(), locale), locale);
        }
    }

    private void heading(StringBuilder h, Recommendation r, int number, String name, String bandKeys,
            Locale locale) {
        h.append("<p><b>").append(number).append(". ").append(x(name)).append("</b> (")
                .append(t(bandKeys + PriorityBand.of(r.priority()).key(), locale))
                .append(")<br/>").append(t("recommendations.why", locale)).append(": ").append(x(r.reason(locale)))
                .append("</p>");
    }

    private void fact(StringBuilder h, String labelKey, String value, Locale locale) {
        h.append("<p style=\"margin:0 0 4pt 12pt\">").append(t(labelKey, locale)).append(": ").append(x(value))
                .append("</p>");
    }

    private String t(String key, Locale locale) {
        return x(translations.getTranslation(key, locale));
    }

    private static String x(String text) {
        return SvgCharts.xml(text);
    }
}
