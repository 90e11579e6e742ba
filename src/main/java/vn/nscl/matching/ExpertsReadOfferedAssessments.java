package vn.nscl.matching;

import java.util.EnumSet;

import org.springframework.stereotype.Component;

import vn.nscl.assessment.ExpertAssessmentAccess;
import vn.nscl.expert.ExpertDirectory;
import vn.nscl.shared.SystemTask;

/**
 * An expert may read an enterprise's submitted assessments while a request of that enterprise is offered to them or
 * assigned to them (accepted, in progress, reported); never before, not after they declined, and not once the work
 * is completed (the enterprise's later assessments are none of their business).
 */
@Component
class ExpertsReadOfferedAssessments implements ExpertAssessmentAccess {

    private final ExpertDirectory experts;
    private final SupportRequestRepository requests;

    ExpertsReadOfferedAssessments(ExpertDirectory experts, SupportRequestRepository requests) {
        this.experts = experts;
        this.requests = requests;
    }

    @Override
    public boolean mayRead(long expertAccountId, long enterpriseId) {
        Long expertId = SystemTask.run(() -> experts.expertIdOf(expertAccountId)).orElse(null);
        return expertId != null && requests.existsByEnterpriseIdAndExpertIdAndStatusIn(enterpriseId, expertId,
                EnumSet.of(RequestStatus.OFFERED, RequestStatus.ACCEPTED, RequestStatus.IN_PROGRESS,
                        RequestStatus.REPORTED));
    }
}
