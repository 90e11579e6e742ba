package vn.nscl.recommendation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;

import vn.nscl.assessment.ui.AssessmentResultsView;
import vn.nscl.enterprise.EnterpriseService;
import vn.nscl.recommendation.RecommendationService;
import vn.nscl.testsupport.KaribuTest;
import vn.nscl.testsupport.TestEnterprises;

class RecommendationsSectionTest extends KaribuTest {

    @Autowired
    TestEnterprises testEnterprises;

    @Autowired
    vn.nscl.assessment.AssessmentResultsService results;

    @Autowired
    RecommendationService recommendations;

    @Autowired
    EnterpriseService enterprises;

    @Autowired
    vn.nscl.catalogue.Catalogue catalogue;

    @Autowired
    vn.nscl.recommendation.AdviceCaseService cases;

    private List<Div> cards(Div list) {
        return list.getChildren().filter(Div.class::isInstance).map(Div.class::cast).toList();
    }

    @Test
    void the_results_page_explains_the_first_five_tools_shows_the_rest_on_request_and_lists_programmes() {
        long enterpriseId = testEnterprises.as("enterprise@example.com", () -> enterprises.mine().orElseThrow().id());
        long assessmentId = testEnterprises.as("enterprise@example.com",
                () -> results.history(enterpriseId).getFirst().id());
        var advice = testEnterprises.as("enterprise@example.com", () -> recommendations.forAssessment(assessmentId));

        signInAs("enterprise@example.com");
        UI.getCurrent().navigate("assessment/" + assessmentId + "/results");
        _get(AssessmentResultsView.class);
        RecommendationsSection.Section section = _get(RecommendationsSection.Section.class);
        String text = section.getElement().getTextRecursively();
        assertThat(text).contains("Việc nên làm tiếp theo").contains("Vì sao:")
                .contains(advice.tools().getFirst().reasonVi())
                .as("the enterprise reads plain words, not rule names and scores")
                .doesNotContain(advice.tools().getFirst().rule()).doesNotContain("Quy tắc:");
        Div firstCard = section.getChildren().filter(Div.class::isInstance).map(Div.class::cast)
                .filter(div -> div.hasClassName("recommendation-list")).findFirst().orElseThrow()
                .getChildren().map(Div.class::cast).findFirst().orElseThrow();
        String first = firstCard.getElement().getTextRecursively();
        var item = catalogue.item(advice.tools().getFirst().code()).orElseThrow();
        assertThat(first).contains("Bước đầu tiên: " + item.firstStep().vi())
                .contains("Công sức, chi phí: " + item.effort().vi());

        // Karibu's lookups skip hidden components, and the rest of the list starts hidden: walk the section itself.
        List<Div> lists = section.getChildren().filter(Div.class::isInstance).map(Div.class::cast)
                .filter(div -> div.hasClassName("recommendation-list")).toList();
        List<Div> shown = cards(lists.get(0));
        assertThat(shown).hasSize(5);
        int hidden = advice.tools().size() - 5;
        assertThat(hidden).as("the demo cooperative has more than five things to do").isPositive();
        Div more = lists.get(1);
        assertThat(more.isVisible()).isFalse();
        Button showMore = _get(section, Button.class, spec -> spec.withClasses("show-more"));
        assertThat(showMore.getText()).isEqualTo("Xem thêm " + hidden + " khuyến nghị");
        showMore.click();
        assertThat(more.isVisible()).isTrue();
        assertThat(cards(more)).hasSize(hidden);
        assertThat(text).contains("Chương trình hỗ trợ bạn có thể tham gia");
        Div programmes = lists.getLast();
        assertThat(cards(programmes)).hasSize(advice.programmes().size());
        assertThat(cards(programmes).getFirst().getElement().getTextRecursively()).startsWith("1");
        assertThat(text).contains("Khuyến nghị do bộ quy tắc phiên bản " + advice.ruleSetNumber());
    }

    @Test
    void an_officer_also_sees_which_rule_said_what_and_a_tool_names_what_to_do_first() {
        long enterpriseId = testEnterprises.as("enterprise@example.com", () -> enterprises.mine().orElseThrow().id());
        long assessmentId = testEnterprises.as("enterprise@example.com",
                () -> results.history(enterpriseId).getFirst().id());
        var advice = testEnterprises.as("enterprise@example.com", () -> recommendations.forAssessment(assessmentId));

        signInAs("officer@example.com");
        UI.getCurrent().navigate("assessment/" + assessmentId + "/results");
        RecommendationsSection.Section section = _get(RecommendationsSection.Section.class);
        String text = section.getElement().getTextRecursively();
        assertThat(text).contains("Quy tắc: " + advice.tools().getFirst().rule());
        List<String> codes = advice.tools().stream().map(vn.nscl.recommendation.Recommendation::code).toList();
        advice.tools().stream()
                .filter(r -> catalogue.item(r.code()).orElseThrow().prerequisites().stream().anyMatch(codes::contains))
                .findFirst().ifPresent(needing -> assertThat(text).contains("Trước đó nên làm: "));
        if (!advice.missingFigures().isEmpty()) {
            assertThat(text).contains("Bổ sung số liệu để nhận khuyến nghị chính xác hơn");
        }
    }

    @Test
    void an_officer_saves_the_assessment_as_a_test_case_with_reasons_for_each_item() {
        long enterpriseId = testEnterprises.as("enterprise@example.com", () -> enterprises.mine().orElseThrow().id());
        long assessmentId = testEnterprises.as("enterprise@example.com",
                () -> results.history(enterpriseId).getFirst().id());
        int before = testEnterprises.as("officer@example.com", () -> cases.cases()).size();

        signInAs("enterprise@example.com");
        UI.getCurrent().navigate("assessment/" + assessmentId + "/results");
        assertThat(_get(RecommendationsSection.Section.class).saveAsCase).as("not for the enterprise").isNull();

        signInAs("officer@example.com");
        UI.getCurrent().navigate("assessment/" + assessmentId + "/results");
        RecommendationsSection.Section section = _get(RecommendationsSection.Section.class);
        section.saveAsCase.click();
        SaveCaseDialog dialog = _get(SaveCaseDialog.class);
        dialog.title.setValue("HTX hồ tiêu mẫu của bản demo");
        dialog.expected.setValue(java.util.Set.of("VIETGAP"));
        dialog.forbidden.setValue(java.util.Set.of("SIX_SIGMA"));
        assertThat(dialog.whyFields).containsOnlyKeys("VIETGAP", "SIX_SIGMA");
        dialog.whyFields.get("VIETGAP").setValue("Xã viên chưa ghi nhật ký đồng ruộng.");
        dialog.save();
        assertThat(dialog.whyFields.get("SIX_SIGMA").isInvalid()).as("each item needs its reason").isTrue();
        assertThat(testEnterprises.as("officer@example.com", () -> cases.cases())).hasSize(before);

        dialog.whyFields.get("SIX_SIGMA").setValue("HTX nhỏ, chưa có số liệu quá trình.");
        dialog.save();
        assertThat(dialog.isOpened()).isFalse();
        var saved = testEnterprises.as("officer@example.com", () -> cases.cases());
        assertThat(saved).hasSize(before + 1);
        var mine = saved.stream().filter(c -> c.title().equals("HTX hồ tiêu mẫu của bản demo")).findFirst()
                .orElseThrow();
        testEnterprises.run("officer@example.com", () -> cases.delete(mine.savedId()));
    }
}
