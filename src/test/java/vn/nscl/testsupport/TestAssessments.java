package vn.nscl.testsupport;

import java.time.Instant;
import java.util.List;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import vn.nscl.assessment.Answer;
import vn.nscl.assessment.AssessmentService;
import vn.nscl.assessment.PaperAssessments;
import vn.nscl.assessment.Tier;

/** Submitted quick checks for tests: every question the enterprise is asked answered at one level. */
@Component
@Profile("test")
public class TestAssessments {

    private final AssessmentService assessments;
    private final PaperAssessments paper;
    private final TestEnterprises as;

    TestAssessments(AssessmentService assessments, PaperAssessments paper, TestEnterprises as) {
        this.assessments = assessments;
        this.paper = paper;
        this.as = as;
    }

    /** Recorded by an officer as filled in on paper at the given moment (for before/after tests). */
    public long quickCheck(TestEnterprises.Created enterprise, int level, int year, Instant filledInAt) {
        List<String> codes = as.as(enterprise.email(), () -> {
            long draft = assessments.start(Tier.QUICK);
            List<String> asked = assessments.draft(draft).asked().stream().flatMap(d -> d.questions().stream())
                    .map(q -> q.code()).toList();
            assessments.discard(draft);
            return asked;
        });
        List<Answer> answers = codes.stream().map(code -> Answer.level(code, level)).toList();
        return as.as("officer@example.com", () -> paper.record(enterprise.id(), Tier.QUICK, year, answers,
                filledInAt));
    }
}
