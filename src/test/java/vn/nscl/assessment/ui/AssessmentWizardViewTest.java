package vn.nscl.assessment.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;

import vn.nscl.assessment.AssessmentService;
import vn.nscl.enterprise.EnterpriseType;
import vn.nscl.testsupport.KaribuTest;
import vn.nscl.testsupport.TestEnterprises;
import vn.nscl.testsupport.TestEnterprises.Created;

class AssessmentWizardViewTest extends KaribuTest {

    @Autowired
    TestEnterprises testEnterprises;

    @Autowired
    AssessmentService assessments;

    private AssessmentWizardView startQuickCheck() {
        Created me = testEnterprises.create("C", false, EnterpriseType.ENTERPRISE);
        signInAs(me.email());
        UI.getCurrent().navigate("assessment");
        _get(Button.class, spec -> spec.withId("start-quick")).click();
        return _get(AssessmentWizardView.class);
    }

    @Test
    void answers_are_saved_as_given_and_the_wizard_resumes_where_it_was_left() {
        AssessmentWizardView wizard = startQuickCheck();
        assertThat(wizard.stepLabel.getText()).startsWith("Bước 1/");
        wizard.cards.get(0).choice.setValue(2);
        wizard.next.click();
        wizard.cards.get(0).choice.setValue(QuestionCard.NOT_APPLICABLE);
        assertThat(wizard.answeredLabel.getText()).startsWith("Đã trả lời 2/");

        UI.getCurrent().navigate("home");
        UI.getCurrent().navigate("assessment");
        _get(Button.class, spec -> spec.withText("Làm tiếp")).click();

        AssessmentWizardView resumed = _get(AssessmentWizardView.class);
        assertThat(resumed.step()).isEqualTo(1);
        assertThat(resumed.cards.get(0).choice.getValue()).isEqualTo(QuestionCard.NOT_APPLICABLE);
        resumed.back.click();
        assertThat(resumed.cards.get(0).choice.getValue()).isEqualTo(2);
    }

    @Test
    void the_review_blocks_submission_until_every_dimension_has_an_answer_and_a_submitted_assessment_is_read_only() {
        AssessmentWizardView wizard = startQuickCheck();
        long id = assessments.currentDraft().orElseThrow().id();
        wizard.goTo(wizard.lastStep());
        ReviewStep review = _get(ReviewStep.class);
        assertThat(review.submit.isEnabled()).isFalse();

        for (int step = 0; step < wizard.lastStep() - 1; step++) {
            wizard.goTo(step);
            wizard.cards.forEach(card -> card.choice.setValue(3));
        }
        wizard.goTo(wizard.lastStep());
        review = _get(ReviewStep.class);
        assertThat(review.submit.isEnabled()).isTrue();
        review.submit.click();
        ConfirmDialogKt._fireConfirm(review.confirm);

        AssessmentResultsView results = _get(AssessmentResultsView.class);
        assertThat(results.results.scores().overall()).isEqualByComparingTo("75");
        ScoreTable scores = _get(results, ScoreTable.class);
        assertThat(scores.getChildren()).as("a card per dimension, readable on a phone")
                .hasSize(results.results.scores().dimensions().size());
        assertThat(scores.getElement().getTextRecursively()).contains("Trung bình ngành", "Số câu đã trả lời");

        UI.getCurrent().navigate("assessment/" + id + "/fill");
        assertThat(_find(AssessmentWizardView.class)).as("the wizard does not open a submitted assessment").isEmpty();
        _get(AssessmentResultsView.class);
    }

    @Test
    void the_full_assessment_shows_the_quick_checks_answers_to_keep_and_the_review_lists_every_answer() {
        Created me = testEnterprises.create("C", false, EnterpriseType.ENTERPRISE);
        testEnterprises.run(me.email(), () -> {
            long quick = assessments.start(vn.nscl.assessment.Tier.QUICK);
            assessments.draft(quick).asked().stream().flatMap(d -> d.questions().stream())
                    .forEach(q -> assessments.answer(quick, q.code(), 2, false, null));
            assessments.submit(quick);
        });
        signInAs(me.email());
        UI.getCurrent().navigate("assessment");
        _get(Button.class, spec -> spec.withId("start-full")).click();
        AssessmentWizardView wizard = _get(AssessmentWizardView.class);

        assertThat(wizard.carriedLabel.getText()).matches("\\d+ câu điền sẵn chờ bạn xem lại");
        QuestionCard carried = wizard.cards.stream().filter(QuestionCard::isCarriedOver).findFirst().orElseThrow();
        assertThat(carried.carriedNote.isVisible()).isTrue();
        assertThat(carried.carriedNote.getElement().getTextRecursively())
                .contains("Điền sẵn từ câu trả lời của bạn trong Kiểm tra nhanh năng suất chất lượng ngày");
        assertThat(carried.choice.getValue()).isEqualTo(2);
        carried.keep.click();
        assertThat(carried.isCarriedOver()).isFalse();
        assertThat(carried.carriedNote.isVisible()).isFalse();
        if (wizard.keepAll != null) {
            wizard.keepAll.click();
            assertThat(wizard.cards).noneMatch(QuestionCard::isCarriedOver);
        }

        wizard.goTo(wizard.lastStep());
        ReviewStep review = _get(ReviewStep.class);
        String text = review.getElement().getTextRecursively();
        assertThat(text).contains("2 · ").contains("Chưa trả lời").contains("(điền sẵn)").contains("Sửa");
        assertThat(_find(review, Button.class).stream().filter(b -> "Sửa".equals(b.getText())
                || "Trả lời tiếp".equals(b.getText())).count()).isEqualTo(wizard.lastStep() - 1);
    }

    @Test
    void the_indicator_step_saves_figures_and_refuses_impossible_ones_at_their_field() {
        AssessmentWizardView wizard = startQuickCheck();
        wizard.goTo(wizard.lastStep() - 1);
        IndicatorsStep indicators = _get(IndicatorsStep.class);
        indicators.currentYear.revenue.setValue(new java.math.BigDecimal("-5"));
        assertThat(indicators.currentYear.revenue.isInvalid()).isTrue();
        assertThat(indicators.currentYear.revenue.getErrorMessage()).isEqualTo("Không được là số âm.");
        indicators.currentYear.revenue.setValue(new java.math.BigDecimal("5000"));
        assertThat(indicators.currentYear.revenue.isInvalid()).isFalse();
        indicators.currentYear.employees.setValue(25);
        indicators.currentYear.boughtIn.setValue(new java.math.BigDecimal("3000"));
        assertThat(indicators.currentYear.derived.getElement().getTextRecursively())
                .contains("Giá trị gia tăng: 2.000 triệu đồng").contains("80 triệu đồng");
    }
}
