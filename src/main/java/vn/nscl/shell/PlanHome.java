package vn.nscl.shell;

import java.time.Clock;

import org.springframework.stereotype.Component;

import vn.nscl.plan.AnnualReportFilings;
import vn.nscl.plan.PartnerDeadlines;
import vn.nscl.plan.PartnerService;
import vn.nscl.plan.ShowcaseService;

/** The plan services the home page uses, bundled to keep the home view's constructor short. */
@Component
record PlanHome(ShowcaseService showcase, PartnerService partners, PartnerDeadlines deadlines,
        AnnualReportFilings filings, Clock clock) {
}
