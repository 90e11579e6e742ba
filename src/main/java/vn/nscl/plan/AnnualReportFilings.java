package vn.nscl.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.nscl.audit.AuditLog;
import vn.nscl.shared.ConcurrentChange;
import vn.nscl.shared.SignedIn;
import vn.nscl.shared.TextRules;
import vn.nscl.shared.UserFacingException;
import vn.nscl.shared.UserFacingException.FieldProblem;
import vn.nscl.shared.ui.Formats;

/**
 * The Department's own deadline: the year's report goes to the province by 30 November. Officers record that it was
 * sent (with its document number); until then the home page says how many days are left or late, and from then on
 * the partner agencies' reports for that year are locked, so the figures stay those the sent report quoted.
 */
@Service
public class AnnualReportFilings {

    private final AnnualReportFilingRepository filings;
    private final AuditLog audit;
    private final Clock clock;

    AnnualReportFilings(AnnualReportFilingRepository filings, AuditLog audit, Clock clock) {
        this.filings = filings;
        this.audit = audit;
        this.clock = clock;
    }

    /** The year's report: its deadline, days left (negative: late) and, once sent, the filing. */
    public record Standing(int year, LocalDate deadline, long daysLeft, Optional<AnnualFiling> filing) {

        public boolean overdue() {
            return filing.isEmpty() && daysLeft < 0;
        }
    }

    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    @Transactional(readOnly = true)
    public Standing standing(int year) {
        LocalDate deadline = PartnerService.DEADLINE.atYear(year);
        return new Standing(year, deadline, ChronoUnit.DAYS.between(LocalDate.now(clock.withZone(Formats.VIETNAM)),
                deadline), filings.findById(year).map(AnnualReportFiling::toView));
    }

    /** Whether the year's report was sent, for anyone who reports into it (partners see their report locked). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<AnnualFiling> filing(int year) {
        return filings.findById(year).map(AnnualReportFiling::toView);
    }

    /** Records that the year's report was sent; once only (a second officer is told when and by whom). */
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    @Transactional
    public AnnualFiling file(int year, String rawNumber) {
        String number = TextRules.singleLine(rawNumber);
        if (year < PlanYears.FIRST || year > Math.min(LocalDate.now(clock).getYear(), PlanYears.LAST)) {
            throw new UserFacingException("plan.error.year", String.valueOf(PlanYears.FIRST),
                    String.valueOf(PlanYears.LAST));
        }
        if (number.length() > 40) {
            throw UserFacingException.ofFields(List.of(new FieldProblem("documentNumber", "error.too-long", 40)));
        }
        Optional<AnnualFiling> earlier = filing(year);
        if (earlier.isPresent()) {
            throw new UserFacingException("report.error.filed", Formats.date(earlier.get().filedAt()),
                    earlier.get().filedBy());
        }
        try {
            filings.save(new AnnualReportFiling(year, number.isEmpty() ? null : number, clock.instant(),
                    SignedIn.actor()));
            ConcurrentChange.flush(filings::flush);
        } catch (DataIntegrityViolationException filedMeanwhile) {
            throw new UserFacingException("error.changed-meanwhile");
        }
        audit.record(PlanAuditActions.ANNUAL_REPORT_FILED, "annual-report", String.valueOf(year),
                number.isEmpty() ? "đã gửi" : "đã gửi, số " + number);
        return filing(year).orElseThrow();
    }
}
