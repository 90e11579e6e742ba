package vn.nscl.testsupport;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Year;
import java.util.List;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import vn.nscl.enterprise.EnterpriseType;
import vn.nscl.support.ApplicationDraft;
import vn.nscl.support.ApplicationService;
import vn.nscl.support.BudgetLine;
import vn.nscl.support.Indicator;

/**
 * An enterprise that can apply (its quick check submitted, so the rules find it eligible for some programme) and
 * complete applications for it, so review tests start from a submitted application.
 */
@Component
@Profile("test")
public class TestApplications {

    private final TestEnterprises enterprises;
    private final TestAssessments assessments;
    private final ApplicationService applications;
    private final vn.nscl.support.ReviewService reviews;
    private final Clock clock;

    TestApplications(TestEnterprises enterprises, TestAssessments assessments, ApplicationService applications,
            vn.nscl.support.ReviewService reviews, Clock clock) {
        this.enterprises = enterprises;
        this.assessments = assessments;
        this.applications = applications;
        this.reviews = reviews;
        this.clock = clock;
    }

    /** An enterprise and the first programme the rule base finds it eligible for. */
    public record Applicant(TestEnterprises.Created enterprise, String programme) {
    }

    public Applicant applicant() {
        return applicant("19363");
    }

    /** An enterprise of sector C in the given commune, eligible for at least one programme. */
    public Applicant applicant(String communeCode) {
        TestEnterprises.Created enterprise = enterprises.create("C", false, EnterpriseType.ENTERPRISE, communeCode);
        assessments.quickCheck(enterprise, 1, Year.now(clock).getValue(), clock.instant());
        String programme = enterprises.as(enterprise.email(), () -> applications.programmes().stream()
                .filter(p -> p.eligibility().eligible()).map(p -> p.call().programmeCode()).findFirst()
                .orElseThrow(() -> new IllegalStateException("the rules found the test enterprise eligible for nothing")));
        return new Applicant(enterprise, programme);
    }

    public static ApplicationDraft draft(String title, BigDecimal requested, BigDecimal own, long version) {
        return new ApplicationDraft(title, "Nâng cao năng suất lao động của xưởng",
                "Năng suất tăng 15%, tỷ lệ lỗi giảm một nửa", "Tháng 1–6 áp dụng, tháng 7–12 đánh giá",
                List.of(new BudgetLine("Chuyên gia tư vấn", requested, own)),
                List.of(new Indicator("Năng suất lao động", "triệu đồng/người", new BigDecimal("180"),
                        new BigDecimal("207"))), version);
    }

    /** A complete draft with a file for each document the call requires, not yet submitted. */
    public long completeDraft(Applicant applicant, BigDecimal requested, BigDecimal own) {
        return enterprises.as(applicant.enterprise().email(), () -> {
            long id = applications.start(applicant.programme());
            applications.save(id, draft("Áp dụng 5S cho xưởng sản xuất", requested, own, version(id)));
            for (String document : applications.detail(id).call().documents()) {
                applications.attach(id, version(id), document, "tai-lieu.pdf", TestFiles.pdf("tai lieu"));
            }
            return id;
        });
    }

    public long submitted(Applicant applicant, BigDecimal requested, BigDecimal own) {
        long id = completeDraft(applicant, requested, own);
        enterprises.run(applicant.enterprise().email(), () -> applications.submit(id, version(id)));
        return id;
    }

    /** Submitted, and every item of its programme's checklist ticked by an officer: ready for a decision. */
    public long checked(Applicant applicant, BigDecimal requested, BigDecimal own) {
        long id = submitted(applicant, requested, own);
        enterprises.run("officer@example.com", () -> reviews.setChecklist(id,
                java.util.Set.copyOf(applications.detail(id).call().checklist()), version(id)));
        return id;
    }

    public long version(long id) {
        return applications.detail(id).application().version();
    }
}
