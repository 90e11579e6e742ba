package vn.nscl.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;

import vn.nscl.enterprise.EnterpriseType;
import vn.nscl.shared.UserFacingException;
import vn.nscl.testsupport.TestEnterprises;
import vn.nscl.testsupport.TestEnterprises.Created;

@SpringBootTest
class AssessmentServiceTest {

    @Autowired
    AssessmentService assessments;

    @Autowired
    AssessmentResultsService results;

    @Autowired
    TestEnterprises testEnterprises;

    @Autowired
    vn.nscl.testsupport.TestAssessments assessmentsOnPaper;

    private Created manufacturer() {
        return testEnterprises.create("C", false, EnterpriseType.ENTERPRISE);
    }

    /** Answers every asked question of the draft with the given level. */
    static void answerAll(AssessmentService assessments, long id, int level) {
        AssessmentDraft draft = assessments.draft(id);
        for (Dimension dimension : draft.asked()) {
            for (Question question : dimension.questions()) {
                StoredAnswer stored = draft.answers().get(question.code());
                assessments.answer(id, question.code(), level, false, stored == null ? null : stored.version());
            }
        }
    }

    @Test
    void an_enterprise_must_name_its_sector_before_starting() {
        Created noSector = testEnterprises.create(null, false, EnterpriseType.ENTERPRISE);
        testEnterprises.run(noSector.email(), () -> assertThatThrownBy(() -> assessments.start(Tier.QUICK))
                .isInstanceOf(UserFacingException.class).hasMessage("assessment.error.profile-incomplete"));
    }

    @Test
    void the_full_assessment_starts_with_this_years_quick_check_answers_to_confirm_or_change() {
        Created me = manufacturer();
        testEnterprises.run(me.email(), () -> {
            long quick = assessments.start(Tier.QUICK);
            answerAll(assessments, quick, 3);
            java.util.Set<String> quickCodes = assessments.draft(quick).answers().keySet();
            assessments.submit(quick);

            long full = assessments.start(Tier.FULL);
            AssessmentDraft draft = assessments.draft(full);

            assertThat(draft.answers().keySet()).isEqualTo(quickCodes);
            assertThat(draft.answers().values()).allMatch(StoredAnswer::carriedOver)
                    .allMatch(a -> a.level() == 3);
            assertThat(draft.questionCount()).isGreaterThan(quickCodes.size());
            assertThat(draft.summary().answered()).isEqualTo(quickCodes.size());
            assertThat(draft.carriedFrom().assessmentId()).isEqualTo(quick);
            assertThat(draft.carriedFrom().title().in(java.util.Locale.forLanguageTag("vi")))
                    .isEqualTo("Kiểm tra nhanh năng suất chất lượng");

            String confirmed = quickCodes.iterator().next();
            StoredAnswer kept = assessments.answer(full, confirmed, 3, false, draft.answers().get(confirmed).version());
            assertThat(kept.carriedOver()).as("confirmed as it was: the enterprise's own answer now").isFalse();
            assertThat(assessments.draft(full).carriedOverCount()).isEqualTo(quickCodes.size() - 1);
            assertThat(results.submitted(quick).answers().values()).as("the quick check itself is untouched")
                    .containsOnly(3);
        });
    }

    @Test
    void answers_from_an_earlier_year_are_not_carried_over() {
        Created me = manufacturer();
        int lastYear = java.time.Year.now().getValue() - 1;
        assessmentsOnPaper.quickCheck(me, 2, lastYear, java.time.LocalDate.of(lastYear, 11, 20)
                .atStartOfDay(java.time.ZoneOffset.UTC).toInstant());
        testEnterprises.run(me.email(), () -> {
            long full = assessments.start(Tier.FULL);
            assertThat(assessments.draft(full).answers()).isEmpty();
            assertThat(assessments.draft(full).carriedFrom()).isNull();
        });
    }

    @Test
    void one_draft_at_a_time_resumed_where_it_was_left() {
        Created me = manufacturer();
        testEnterprises.run(me.email(), () -> {
            long id = assessments.start(Tier.QUICK);
            assertThatThrownBy(() -> assessments.start(Tier.FULL)).hasMessage("assessment.error.draft-exists");
            String first = assessments.draft(id).asked().getFirst().questions().getFirst().code();
            assessments.answer(id, first, 2, false, null);
            assessments.goToStep(id, 3);

            AssessmentDraft resumed = assessments.draft(id);
            assertThat(resumed.currentStep()).isEqualTo(3);
            assertThat(resumed.answers().get(first).level()).isEqualTo(2);
            assertThat(assessments.currentDraft()).get().extracting(AssessmentSummary::id).isEqualTo(id);
        });
    }

    @Test
    void a_stale_window_cannot_silently_overwrite_an_answer() {
        Created me = manufacturer();
        testEnterprises.run(me.email(), () -> {
            long id = assessments.start(Tier.QUICK);
            String question = assessments.draft(id).asked().getFirst().questions().getFirst().code();
            StoredAnswer firstTab = assessments.answer(id, question, 1, false, null);
            // The second tab still believes the question is unanswered.
            assertThatThrownBy(() -> assessments.answer(id, question, 3, false, null))
                    .isInstanceOf(AssessmentService.AnswerChangedElsewhereException.class);
            assertThat(assessments.draft(id).answers().get(question).level()).isEqualTo(1);
            StoredAnswer updated = assessments.answer(id, question, 3, false, firstTab.version());
            assertThat(updated.level()).isEqualTo(3);
            assertThatThrownBy(() -> assessments.answer(id, question, 4, false, firstTab.version()))
                    .isInstanceOf(AssessmentService.AnswerChangedElsewhereException.class);
        });
    }

    @Test
    void answers_out_of_range_or_to_questions_not_asked_are_refused() {
        Created me = manufacturer();
        testEnterprises.run(me.email(), () -> {
            long id = assessments.start(Tier.FULL);
            String question = assessments.draft(id).asked().getFirst().questions().getFirst().code();
            assertThatThrownBy(() -> assessments.answer(id, question, 5, false, null)).hasMessage("assessment.error.level");
            assertThatThrownBy(() -> assessments.answer(id, question, null, false, null)).hasMessage("assessment.error.level");
            assertThatThrownBy(() -> assessments.answer(id, "AGRI-01", 2, false, null))
                    .as("a wood factory is not asked about good agricultural practice")
                    .hasMessage("assessment.error.unknown-question");
            assertThatThrownBy(() -> assessments.answer(id, "NOPE-99", 2, false, null))
                    .hasMessage("assessment.error.unknown-question");
            assertThat(assessments.draft(id).answers()).isEmpty();
        });
    }

    @Test
    void submission_is_scored_on_the_server_and_makes_the_assessment_read_only() {
        Created me = manufacturer();
        testEnterprises.run(me.email(), () -> {
            long id = assessments.start(Tier.QUICK);
            answerAll(assessments, id, 3);
            String question = assessments.draft(id).asked().getFirst().questions().getFirst().code();
            ScoreCard card = assessments.submit(id);
            assertThat(card.overall()).isEqualByComparingTo("75");
            assertThat(card.maturityLevel()).isEqualTo(3);
            assertThat(card.dimensions()).hasSize(8);

            assertThatThrownBy(() -> assessments.answer(id, question, 1, false, 0L))
                    .hasMessage("assessment.error.already-submitted");
            assertThatThrownBy(() -> assessments.draft(id)).hasMessage("assessment.error.already-submitted");
            assertThatThrownBy(() -> assessments.submit(id)).hasMessage("assessment.error.already-submitted");
            assertThat(results.results(id).scores().overall()).isEqualByComparingTo("75");
            assertThat(assessments.currentDraft()).isEmpty();
        });
    }

    @Test
    void every_asked_dimension_needs_an_answer_before_submitting() {
        Created me = manufacturer();
        testEnterprises.run(me.email(), () -> {
            long id = assessments.start(Tier.QUICK);
            String question = assessments.draft(id).asked().getFirst().questions().getFirst().code();
            assessments.answer(id, question, 2, false, null);
            assertThatThrownBy(() -> assessments.submit(id)).hasMessage("assessment.error.incomplete");
            assertThat(assessments.draft(id).summary().status()).isEqualTo(AssessmentStatus.DRAFT);
        });
    }

    @Test
    void a_discarded_draft_is_gone() {
        Created me = manufacturer();
        testEnterprises.run(me.email(), () -> {
            long id = assessments.start(Tier.QUICK);
            assessments.discard(id);
            assertThat(assessments.currentDraft()).isEmpty();
            assertThatThrownBy(() -> assessments.draft(id)).hasMessage("error.not-found");
        });
    }

    @Test
    void another_enterprise_an_expert_and_a_partner_cannot_open_an_assessment_but_an_officer_can_read_results() {
        Created owner = manufacturer();
        Created other = manufacturer();
        long id = testEnterprises.as(owner.email(), () -> {
            long draft = assessments.start(Tier.QUICK);
            answerAll(assessments, draft, 2);
            return draft;
        });
        testEnterprises.run(other.email(), () -> {
            assertThatThrownBy(() -> assessments.draft(id)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> assessments.answer(id, "LEAD-01", 4, false, null))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> results.results(id)).isInstanceOf(AccessDeniedException.class);
        });
        testEnterprises.run("officer@example.com", () -> {
            assertThatThrownBy(() -> results.results(id)).as("drafts are private").isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> assessments.draft(id)).isInstanceOf(AccessDeniedException.class);
        });
        testEnterprises.run(owner.email(), () -> assessments.submit(id));
        testEnterprises.run("officer@example.com",
                () -> assertThat(results.results(id).summary().id()).isEqualTo(id));
        testEnterprises.run("expert@example.com", () -> {
            assertThatThrownBy(() -> results.results(id)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> results.history(owner.id())).isInstanceOf(AccessDeniedException.class);
        });
        testEnterprises.run("partner@example.com",
                () -> assertThatThrownBy(() -> results.results(id)).isInstanceOf(AccessDeniedException.class));
        testEnterprises.run(other.email(),
                () -> assertThatThrownBy(() -> results.history(owner.id())).isInstanceOf(AccessDeniedException.class));
    }

    @Test
    void a_second_assessment_shows_the_change_and_the_trend() {
        Created me = manufacturer();
        testEnterprises.run(me.email(), () -> {
            long first = assessments.start(Tier.QUICK);
            answerAll(assessments, first, 1);
            assessments.submit(first);
            long second = assessments.start(Tier.QUICK);
            answerAll(assessments, second, 3);
            assessments.submit(second);

            AssessmentResults after = results.results(second);
            assertThat(after.previous()).isPresent();
            assertThat(after.previous().get().changes()).allSatisfy(change ->
                    assertThat(change.delta()).isEqualByComparingTo("50"));
            assertThat(after.trend()).extracting(AssessmentResults.TrendPoint::overall)
                    .usingElementComparator(java.math.BigDecimal::compareTo)
                    .containsExactly(new java.math.BigDecimal("25"), new java.math.BigDecimal("75"));
            assertThat(results.history(me.id())).extracting(AssessmentSummary::id).containsExactly(second, first);
            assertThat(results.results(first).previous()).isEmpty();
        });
    }

    @Test
    void strengths_and_gaps_never_overlap() {
        ScoreCard card = new ScoreCard(List.of(score("A", "10"), score("B", "90"), score("C", "50")), null, null);
        assertThat(AssessmentResultsService.strengths(card)).extracting(DimensionScore::dimension).containsExactly("B");
        assertThat(AssessmentResultsService.gaps(card)).extracting(DimensionScore::dimension).containsExactly("A", "C");
    }

    private static DimensionScore score(String dimension, String value) {
        return new DimensionScore(dimension, new java.math.BigDecimal(value), 1, 1);
    }
}
