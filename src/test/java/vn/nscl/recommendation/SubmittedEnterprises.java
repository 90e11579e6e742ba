package vn.nscl.recommendation;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Year;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import vn.nscl.assessment.AssessmentDraft;
import vn.nscl.assessment.AssessmentService;
import vn.nscl.assessment.Dimension;
import vn.nscl.assessment.Question;
import vn.nscl.assessment.StoredAnswer;
import vn.nscl.assessment.Tier;
import vn.nscl.enterprise.EnterpriseProfileService;
import vn.nscl.enterprise.EnterpriseType;
import vn.nscl.enterprise.ProfileUpdate;
import vn.nscl.enterprise.YearFigures;
import vn.nscl.testsupport.TestEnterprises;

/** Test enterprises with a profile, figures and a submitted assessment, as the recommendation tests need them. */
@Component
@Profile("test")
class SubmittedEnterprises {

    private final TestEnterprises testEnterprises;
    private final EnterpriseProfileService profiles;
    private final AssessmentService assessments;
    private final Clock clock;

    SubmittedEnterprises(TestEnterprises testEnterprises, EnterpriseProfileService profiles,
            AssessmentService assessments, Clock clock) {
        this.testEnterprises = testEnterprises;
        this.profiles = profiles;
        this.assessments = assessments;
        this.clock = clock;
    }

    record Submitted(String email, long enterpriseId, long assessmentId) {
    }

    /** An enterprise of the sector and type with these products and employees. */
    TestEnterprises.Created enterprise(String sector, EnterpriseType type, String products, boolean food,
            int employees) {
        TestEnterprises.Created created = testEnterprises.create(sector, food, type);
        testEnterprises.run(created.email(), () -> {
            var profile = profiles.profile(created.id());
            profiles.updateProfile(created.id(), new ProfileUpdate(profile.enterprise().communeCode(), sector,
                    products, food, vn.nscl.reference.Activity.guess(sector, products, food), 0, null, profile.details().version()));
            int year = Year.now(clock).getValue();
            profiles.saveFigures(created.id(), new YearFigures(year, employees, BigDecimal.valueOf(employees * 400L),
                    null, BigDecimal.valueOf(employees * 250L), null, null, null, null, null, null, null, null));
        });
        return created;
    }

    /** Answers every question asked of the enterprise at the given level and submits. */
    long submit(TestEnterprises.Created enterprise, Tier tier, int level) {
        return testEnterprises.as(enterprise.email(), () -> {
            long id = assessments.start(tier);
            AssessmentDraft draft = assessments.draft(id);
            for (Dimension dimension : draft.asked()) {
                for (Question question : dimension.questions()) {
                    StoredAnswer stored = draft.answers().get(question.code());
                    assessments.answer(id, question.code(), level, false, stored == null ? null : stored.version());
                }
            }
            assessments.submit(id);
            return id;
        });
    }

    Submitted submitted(String sector, EnterpriseType type, String products, boolean food, int employees, int level) {
        TestEnterprises.Created created = enterprise(sector, type, products, food, employees);
        return new Submitted(created.email(), created.id(), submit(created, Tier.FULL, level));
    }
}
