package vn.nscl.plan;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.nscl.audit.AuditLog;
import vn.nscl.shared.SignedIn;
import vn.nscl.shared.TextRules;
import vn.nscl.shared.UserFacingException;
import vn.nscl.shared.UserFacingException.FieldProblem;

/**
 * The plan began in 2021, the platform later: the years before it have no records here, and their targets showed
 * 0 in red. Officers enter those years' figures from the Department's own records; they count as the year's actual
 * (a cumulative target keeps counting from them), are marked as entered wherever shown, and every change is audited
 * with its before and after.
 */
@Service
public class PlanBaselines {

    private static final BigDecimal LARGEST = new BigDecimal("1000000");
    static final int NOTE_MAX = 500;

    private final PlanBaselineRepository baselines;
    private final PlanTargetRepository targets;
    private final AuditLog audit;
    private final Clock clock;
    private final int lastYear;

    PlanBaselines(PlanBaselineRepository baselines, PlanTargetRepository targets, AuditLog audit, Clock clock,
            @Value("${nscl.plan.baseline-last-year:2025}") int lastYear) {
        this.baselines = baselines;
        this.targets = targets;
        this.audit = audit;
        this.clock = clock;
        this.lastYear = lastYear;
    }

    /** A figure the Department entered: for which target and year, how much, why, who and when. */
    public record Entered(String targetCode, int year, BigDecimal amount, String note, Instant enteredAt,
            String enteredBy) {
    }

    /** The last year whose figures are entered by hand (the one before the platform's first). */
    public int lastYear() {
        return lastYear;
    }

    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    @Transactional(readOnly = true)
    public Optional<Entered> of(String targetCode, int year) {
        return baselines.findById(new PlanBaseline.Key(targetCode, year)).map(b -> new Entered(b.getTargetCode(),
                b.getReportYear(), b.getAmount(), b.getNote(), b.getEnteredAt(), b.getEnteredBy()));
    }

    /** Enters (or corrects) a year's figure; an empty amount takes it away. */
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    @Transactional
    public void enter(String targetCode, int year, BigDecimal amount, String rawNote) {
        targets.findByCode(targetCode).orElseThrow(() -> new UserFacingException("error.not-found"));
        String note = TextRules.singleLine(rawNote);
        List<FieldProblem> problems = new ArrayList<>();
        if (year < PlanYears.FIRST || year > lastYear) {
            problems.add(new FieldProblem("year", "baseline.error.year", String.valueOf(PlanYears.FIRST),
                    String.valueOf(lastYear)));
        }
        if (amount != null && (amount.signum() < 0 || amount.compareTo(LARGEST) > 0 || amount.scale() > 2)) {
            problems.add(new FieldProblem("amount", "partner.error.figure"));
        }
        if (amount != null && note.isEmpty()) {
            problems.add(new FieldProblem("note", "baseline.error.note"));
        } else if (note.length() > NOTE_MAX) {
            problems.add(new FieldProblem("note", "error.too-long", NOTE_MAX));
        }
        if (!problems.isEmpty()) {
            throw UserFacingException.ofFields(problems);
        }
        PlanBaseline.Key key = new PlanBaseline.Key(targetCode, year);
        Optional<PlanBaseline> earlier = baselines.findById(key);
        String before = earlier.map(b -> b.getAmount().stripTrailingZeros().toPlainString()).orElse("–");
        if (amount == null) {
            earlier.ifPresent(baselines::delete);
        } else {
            PlanBaseline baseline = earlier.orElseGet(() -> new PlanBaseline(targetCode, year));
            baseline.enter(amount, note, clock.instant(),
                    SignedIn.actorName());
            baselines.save(baseline);
        }
        audit.record(PlanAuditActions.BASELINE_ENTERED, "plan-target", targetCode, year + ": " + before + " → "
                + (amount == null ? "–" : amount.stripTrailingZeros().toPlainString())
                + (note.isEmpty() ? "" : " (" + note + ")"));
    }
}
