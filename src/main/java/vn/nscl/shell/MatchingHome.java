package vn.nscl.shell;

import org.springframework.stereotype.Component;

import vn.nscl.expert.ExpertProfileService;
import vn.nscl.expert.ExpertReviewService;
import vn.nscl.matching.ExpertInboxService;
import vn.nscl.matching.RequestDeskService;
import vn.nscl.matching.SupportRequestService;

/** The expert-matching and application services the home panels read (one parameter instead of six). */
@Component
record MatchingHome(ExpertProfileService profiles, ExpertReviewService reviews, ExpertInboxService inbox,
        SupportRequestService requests, RequestDeskService desk, vn.nscl.support.ReviewService applications) {
}
