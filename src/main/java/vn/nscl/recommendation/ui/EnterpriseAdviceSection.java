package vn.nscl.recommendation.ui;

import java.time.Year;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.spring.annotation.SpringComponent;

import vn.nscl.assessment.AssessmentResultsService;
import vn.nscl.catalogue.Catalogue;
import vn.nscl.recommendation.Recommendation;
import vn.nscl.recommendation.RecommendationService;
import vn.nscl.shared.ui.EnterpriseSection;

/** The latest advice the rules gave the enterprise, on DOST's page of it: the first tools and the programmes. */
@SpringComponent
class EnterpriseAdviceSection implements EnterpriseSection {

    private final AssessmentResultsService assessments;
    private final RecommendationService recommendations;
    private final Catalogue catalogue;

    EnterpriseAdviceSection(AssessmentResultsService assessments, RecommendationService recommendations,
            Catalogue catalogue) {
        this.assessments = assessments;
        this.recommendations = recommendations;
        this.catalogue = catalogue;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public Component create(long enterpriseId) {
        Div section = new Div();
        section.addClassName("enterprise-section");
        java.util.Locale locale = com.vaadin.flow.component.UI.getCurrent().getLocale();
        var history = assessments.history(enterpriseId);
        if (history.isEmpty()) {
            section.add(new H2(section.getTranslation("overview.advice")),
                    new Paragraph(section.getTranslation("overview.advice.none")));
            return section;
        }
        var latest = history.getFirst();
        var advice = recommendations.forAssessment(latest.id());
        section.add(new H2(section.getTranslation("overview.advice.of", Year.of(latest.year()))),
                new Paragraph(section.getTranslation("overview.advice.tools", String.join(", ", advice.tools()
                        .stream().filter(Recommendation::shown)
                        .map(r -> catalogue.itemName(r.code(), locale)).toList()))),
                new Paragraph(section.getTranslation("overview.advice.programmes", advice.programmes().isEmpty()
                        ? section.getTranslation("overview.advice.programmes.none")
                        : String.join(", ", advice.programmes().stream()
                                .map(r -> catalogue.programmeName(r.code(), locale)).toList()))));
        return section;
    }
}
