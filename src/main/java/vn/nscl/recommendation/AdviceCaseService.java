package vn.nscl.recommendation;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.nscl.assessment.AssessmentResultsService;
import vn.nscl.assessment.SubmittedAssessment;
import vn.nscl.audit.AuditLog;
import vn.nscl.catalogue.Catalogue;
import vn.nscl.enterprise.EnterpriseProfileService;
import vn.nscl.enterprise.ProfileSketch;
import vn.nscl.shared.FieldChecks;
import vn.nscl.shared.SignedIn;
import vn.nscl.shared.TextRules;
import vn.nscl.shared.UserFacingException;
import vn.nscl.shared.UserFacingException.FieldProblem;

/**
 * The expert case suite as officers keep it: every case listed, a submitted assessment saved as a new case ("lưu làm
 * ca kiểm thử") with what an expert expects and forbids and why, a saved case removed or downloaded as a file to add
 * to {@code rules/cases/}. A saved case keeps the enterprise's answers and what the advice depends on, never its name,
 * code or contacts.
 */
@Service
public class AdviceCaseService {

    /** At most this many items in each list of a case, and this long each reason. */
    public static final int MAX_ITEMS = 10;
    public static final int WHY_MAX_LENGTH = 500;

    /** One case as the case list shows it. */
    public record CaseSummary(String key, String title, boolean saved, Long savedId, String savedBy, Instant savedAt,
            int runs) {
    }

    /** What an officer says of an assessment to make it a case. */
    public record NewCase(String title, List<AdviceCase.Expectation> expected,
            List<AdviceCase.Expectation> expectedProgrammes, List<AdviceCase.Expectation> forbidden) {

        public NewCase {
            expected = expected == null ? List.of() : List.copyOf(expected);
            expectedProgrammes = expectedProgrammes == null ? List.of() : List.copyOf(expectedProgrammes);
            forbidden = forbidden == null ? List.of() : List.copyOf(forbidden);
        }
    }

    private final AdviceCases cases;
    private final SavedAdviceCaseRepository saved;
    private final AssessmentResultsService assessments;
    private final EnterpriseProfileService profiles;
    private final Catalogue catalogue;
    private final AuditLog audit;
    private final Clock clock;

    AdviceCaseService(AdviceCases cases, SavedAdviceCaseRepository saved, AssessmentResultsService assessments,
            EnterpriseProfileService profiles, Catalogue catalogue, AuditLog audit, Clock clock) {
        this.cases = cases;
        this.saved = saved;
        this.assessments = assessments;
        this.profiles = profiles;
        this.catalogue = catalogue;
        this.audit = audit;
        this.clock = clock;
    }

    /** The shipped cases, then the saved ones, newest first. */
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<CaseSummary> cases() {
        List<CaseSummary> all = new ArrayList<>();
        cases.shipped().forEach(c -> all.add(new CaseSummary(c.source(), c.title(), false, null, null, null,
                c.runs().size())));
        saved.findAllByOrderBySavedAtDesc().forEach(c -> all.add(new CaseSummary(c.getCaseKey(), c.getTitle(), true,
                c.getId(), c.getSavedBy(), c.getSavedAt(), cases.read(c).runs().size())));
        return all;
    }

    /**
     * Saves a submitted assessment as a case: its answers, tier and year, and the enterprise described without who it
     * is. At least one expected or forbidden item, every item known to the catalogue, none both expected and
     * forbidden, each with its reason.
     */
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    @Transactional
    public long saveFromAssessment(long assessmentId, NewCase request) {
        SubmittedAssessment assessment = assessments.submitted(assessmentId);
        String title = TextRules.singleLine(request.title());
        List<FieldProblem> problems = new ArrayList<>();
        FieldChecks.text("title", title, SavedAdviceCase.TITLE_MAX_LENGTH, true, problems);
        List<AdviceCase.Expectation> expected = clean("expected", request.expected(), false, problems);
        List<AdviceCase.Expectation> programmes = clean("expectedProgrammes", request.expectedProgrammes(), true,
                problems);
        List<AdviceCase.Expectation> forbidden = clean("forbidden", request.forbidden(), null, problems);
        if (expected.isEmpty() && programmes.isEmpty() && forbidden.isEmpty()) {
            problems.add(new FieldProblem("expected", "cases.error.empty"));
        }
        Set<String> both = new HashSet<>(expected.stream().map(AdviceCase.Expectation::item).toList());
        both.addAll(programmes.stream().map(AdviceCase.Expectation::item).toList());
        both.retainAll(forbidden.stream().map(AdviceCase.Expectation::item).toList());
        if (!both.isEmpty()) {
            problems.add(new FieldProblem("forbidden", "cases.error.both", String.join(", ", both.stream()
                    .map(this::name).sorted().toList())));
        }
        if (!problems.isEmpty()) {
            throw UserFacingException.ofFields(problems);
        }
        ProfileSketch sketch = ProfileSketch.of(profiles.profile(assessment.enterpriseId()));
        Instant now = clock.instant();
        String key = "saved-" + assessmentId + "-" + now.getEpochSecond();
        String content = AdviceCaseFile.write(key, title, sketch, List.of(new AdviceCase.Run(assessment.tier(),
                assessment.year(), assessment.answers(), expected, programmes, forbidden)));
        SavedAdviceCase stored = saved.save(new SavedAdviceCase(key, title, content, assessmentId, SignedIn.actor(),
                now));
        cases.read(stored);
        audit.record(RuleAuditActions.CASE_SAVED, "advice-case", stored.getId(), "bài đánh giá #" + assessmentId
                + ": cần khuyên " + codes(expected) + ", chương trình " + codes(programmes) + ", không được khuyên "
                + codes(forbidden));
        return stored.getId();
    }

    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    @Transactional
    public void delete(long savedId) {
        SavedAdviceCase found = saved.findById(savedId).orElseThrow(() -> new UserFacingException("error.not-found"));
        saved.delete(found);
        audit.record(RuleAuditActions.CASE_DELETED, "advice-case", savedId, found.getTitle());
    }

    /** The case file, to add to {@code rules/cases/} so that it ships with the next release. */
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    @Transactional(readOnly = true)
    public String export(long savedId) {
        return saved.findById(savedId).map(SavedAdviceCase::getContent)
                .orElseThrow(() -> new UserFacingException("error.not-found"));
    }

    /**
     * Checks one list: known codes (programmes when {@code programmes} is true, tools when false, either when null),
     * no repeats, a reason for each.
     */
    private List<AdviceCase.Expectation> clean(String field, List<AdviceCase.Expectation> given, Boolean programmes,
            List<FieldProblem> problems) {
        if (given.size() > MAX_ITEMS) {
            problems.add(new FieldProblem(field, "cases.error.too-many", MAX_ITEMS));
            return List.of();
        }
        List<AdviceCase.Expectation> cleaned = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (AdviceCase.Expectation expectation : given) {
            String code = expectation.item();
            boolean tool = code != null && catalogue.item(code).isPresent();
            boolean programme = code != null && catalogue.programme(code).isPresent();
            boolean known = programmes == null ? tool || programme : programmes ? programme : tool;
            if (!known || !seen.add(code)) {
                problems.add(new FieldProblem(field, "cases.error.unknown-item", String.valueOf(code)));
                continue;
            }
            String why = TextRules.singleLine(expectation.why());
            List<FieldProblem> whyProblems = new ArrayList<>();
            FieldChecks.text("why-" + code, why, WHY_MAX_LENGTH, true, whyProblems);
            problems.addAll(whyProblems);
            cleaned.add(new AdviceCase.Expectation(code, why));
        }
        return cleaned;
    }

    private String name(String code) {
        return catalogue.item(code).map(i -> i.name(java.util.Locale.forLanguageTag("vi")))
                .orElseGet(() -> catalogue.programmeName(code, java.util.Locale.forLanguageTag("vi")));
    }

    private static String codes(List<AdviceCase.Expectation> expectations) {
        return expectations.stream().map(AdviceCase.Expectation::item).toList().toString();
    }
}
