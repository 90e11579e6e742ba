package vn.nscl.recommendation.ui;

import java.util.Optional;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;
import vn.nscl.assessment.AssessmentResultsService;
import vn.nscl.assessment.AssessmentSummary;
import vn.nscl.catalogue.Catalogue;
import vn.nscl.enterprise.EnterpriseService;
import vn.nscl.recommendation.RecommendationService;
import vn.nscl.shared.ui.Formats;
import vn.nscl.shared.ui.RouteLink;

/**
 * Khuyến nghị: the enterprise's latest recommendations in one click from the menu, without finding the results page
 * of the right assessment first.
 */
@Route("recommendations")
@Menu(title = "nav.recommendations", order = 21, icon = "vaadin:lightbulb")
@RolesAllowed("ENTERPRISE")
public class MyRecommendationsView extends VerticalLayout implements HasDynamicTitle {

    MyRecommendationsView(EnterpriseService enterprises, AssessmentResultsService results,
            RecommendationService recommendations, Catalogue catalogue) {
        Optional<AssessmentSummary> latest = enterprises.mine().flatMap(e -> results.history(e.id()).stream()
                .findFirst());
        latest.ifPresentOrElse(assessment -> {
            Paragraph source = new Paragraph(getTranslation("my-recommendations.source",
                    java.time.Year.of(assessment.year()),
                    Formats.date(assessment.submittedAt())) + " ");
            source.add(RouteLink.to("assessment/" + assessment.id() + "/results",
                    getTranslation("assessment.open-results")));
            add(source, new RecommendationsSection.Section(recommendations.forAssessment(assessment.id()),
                    catalogue));
        }, () -> add(new Paragraph(getTranslation("my-recommendations.none")),
                RouteLink.to("assessment", getTranslation("agenda.assess.start"))));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.recommendations") + " | " + getTranslation("app.name");
    }
}
