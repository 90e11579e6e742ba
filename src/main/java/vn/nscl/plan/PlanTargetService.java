package vn.nscl.plan;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.nscl.audit.AuditLog;
import vn.nscl.shared.ConcurrentChange;
import vn.nscl.shared.FieldChecks;
import vn.nscl.shared.SignedIn;
import vn.nscl.shared.TextRules;
import vn.nscl.shared.UserFacingException.FieldProblem;
import vn.nscl.shared.UserFacingException;

/**
 * Chỉ tiêu kế hoạch: the targets with their actual values per year, traceable to the records behind them; officers
 * edit names, years and values (audited). Staff and partner agencies read them.
 */
@Service
public class PlanTargetService {

    private static final BigDecimal LARGEST = new BigDecimal("1000000");

    private final PlanTargetRepository targets;
    private final PartnerReportRepository reports;
    private final PlanEvents events;
    private final AuditLog audit;
    private final Clock clock;

    private final PartnerAgencyRepository agencies;
    private final PlanBaselineRepository baselines;

    PlanTargetService(PlanTargetRepository targets, PartnerReportRepository reports, PlanEvents events, AuditLog audit,
            Clock clock, PartnerAgencyRepository agencies, PlanBaselineRepository baselines) {
        this.agencies = agencies;
        this.baselines = baselines;
        this.targets = targets;
        this.reports = reports;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN', 'PARTNER')")
    @Transactional(readOnly = true)
    public List<TargetView> targets() {
        return all();
    }

    /** Every target with its actual value and status for each plan year up to this one. */
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN', 'PARTNER')")
    @Transactional(readOnly = true)
    public List<TargetProgress> progress() {
        return progressOf(all());
    }

    /** The same for anyone (the open data API): only counts, no names. */
    @Transactional(readOnly = true)
    public List<TargetProgress> publicProgress() {
        return progressOf(all());
    }

    private List<TargetView> all() {
        return targets.findAllByOrderByPosition().stream().map(PlanTarget::toView).toList();
    }

    private List<TargetProgress> progressOf(List<TargetView> all) {
        LocalDate today = LocalDate.now(clock);
        Map<Metric, List<PlanEvent>> byMetric = new EnumMap<>(Metric.class);
        Map<String, Map<Integer, BigDecimal>> partnerFigures = partnerFigures();
        Map<String, Map<Integer, BigDecimal>> entered = new HashMap<>();
        baselines.findAll().forEach(b -> entered.computeIfAbsent(b.getTargetCode(), c -> new HashMap<>())
                .put(b.getReportYear(), b.getAmount()));
        List<TargetProgress> result = new ArrayList<>();
        for (TargetView target : all) {
            Map<Integer, BigDecimal> computed = target.fromPlatform()
                    ? TargetMath.fromEvents(target.kind(), target.yearFrom(),
                            byMetric.computeIfAbsent(target.metric(), events::of), today)
                    : TargetMath.fromFigures(target.kind(), target.yearFrom(),
                            partnerFigures.getOrDefault(target.code(), Map.of()), today);
            Map<Integer, BigDecimal> ownFigures = entered.getOrDefault(target.code(), Map.of());
            Map<Integer, BigDecimal> actual = ownFigures.isEmpty() ? computed
                    : TargetMath.withEntered(target.kind(), computed, ownFigures);
            Map<Integer, TargetStatus> status = new LinkedHashMap<>();
            for (int year = PlanYears.FIRST; year <= PlanYears.LAST; year++) {
                status.put(year, TargetMath.status(target.kind(), target.yearFrom(), target.yearTo(),
                        target.targetMin(), actual.get(year), year, today));
            }
            result.add(new TargetProgress(target, actual, status, java.util.Set.copyOf(ownFigures.keySet())));
        }
        return result;
    }

    /** Each partner-reported target's figure per year, from the agencies' reports. */
    private Map<String, Map<Integer, BigDecimal>> partnerFigures() {
        Map<String, Map<Integer, BigDecimal>> figures = new HashMap<>();
        for (PartnerReport report : reports.findAll()) {
            report.getFigures().forEach((code, value) -> figures.computeIfAbsent(code, c -> new HashMap<>())
                    .put(report.getReportYear(), value));
        }
        return figures;
    }

    /**
     * The records behind a target's actual value in a year: experts, enterprises, projects, or the partner reports.
     * Partners see the counts on the dashboard; the names behind them are for the Department's staff.
     */
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<PlanEvent> recordsBehind(String code, int year) {
        TargetView target = targets.findByCode(code).map(PlanTarget::toView)
                .orElseThrow(() -> new UserFacingException("error.not-found"));
        int fromYear = switch (target.kind()) {
            case CUMULATIVE, AVERAGE -> target.yearFrom();
            case YEARLY -> year;
            case GROWTH -> year - 1;
        };
        if (!target.fromPlatform()) {
            // The agency by its name, as officers know it, not by its code.
            java.util.Map<String, String> names = new java.util.HashMap<>();
            agencies.findAll().forEach(a -> names.put(a.getCode(), a.toView().nameVi()));
            return reports.findAll().stream()
                    .filter(r -> r.getAgencyCode().equals(target.agencyCode()) && r.getFigures().containsKey(code)
                            && r.getReportYear() >= fromYear && r.getReportYear() <= year)
                    .sorted((a, b) -> Integer.compare(a.getReportYear(), b.getReportYear()))
                    .map(r -> new PlanEvent(r.getAgencyCode() + "/" + r.getReportYear(), null,
                            LocalDate.of(r.getReportYear(), 12, 31), names.getOrDefault(r.getAgencyCode(),
                                    r.getAgencyCode()) + " · " + r.getReportYear()
                                    + ": " + r.getFigures().get(code).stripTrailingZeros().toPlainString(),
                            "plan/partners"))
                    .toList();
        }
        LocalDate end = year == LocalDate.now(clock).getYear() ? LocalDate.now(clock) : LocalDate.of(year, 12, 31);
        return events.of(target.metric()).stream()
                .filter(e -> e.day().getYear() >= fromYear && e.day().getYear() <= year && e.countsOn(end))
                .sorted((a, b) -> a.day().compareTo(b.day())).toList();
    }

    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    @Transactional
    public void update(String code, TargetEdit raw) {
        PlanTarget target = targets.findByCode(code).orElseThrow(() -> new UserFacingException("error.not-found"));
        if (target.getVersion() != raw.expectedVersion()) {
            throw new UserFacingException("error.changed-meanwhile");
        }
        TargetEdit edit = new TargetEdit(TextRules.singleLine(raw.nameVi()), TextRules.singleLine(raw.nameEn()),
                TextRules.singleLine(raw.unitVi()), TextRules.singleLine(raw.unitEn()), raw.yearFrom(), raw.yearTo(),
                raw.targetMin(), raw.targetMax(), raw.expectedVersion());
        List<FieldProblem> problems = new ArrayList<>();
        if (edit.nameVi().isEmpty() || edit.nameVi().length() > 300) {
            problems.add(new FieldProblem("nameVi", "plan.error.name"));
        }
        if (edit.nameEn().isEmpty() || edit.nameEn().length() > 300) {
            problems.add(new FieldProblem("nameEn", "plan.error.name"));
        }
        if (edit.unitVi().isEmpty() || edit.unitVi().length() > 40 || edit.unitEn().isEmpty()
                || edit.unitEn().length() > 40) {
            problems.add(new FieldProblem("unit", "plan.error.unit"));
        }
        FieldChecks.noInvisible(problems, "nameVi", edit.nameVi(), "nameEn", edit.nameEn(), "unit", edit.unitVi(),
                "unit", edit.unitEn());
        if (edit.yearFrom() < PlanYears.FIRST || edit.yearTo() > PlanYears.LAST
                || edit.yearFrom() > edit.yearTo()) {
            problems.add(new FieldProblem("years", "plan.error.years", String.valueOf(PlanYears.FIRST),
                    String.valueOf(PlanYears.LAST)));
        }
        if (!amount(edit.targetMin()) || edit.targetMax() != null
                && (!amount(edit.targetMax()) || edit.targetMax().compareTo(edit.targetMin()) < 0)) {
            problems.add(new FieldProblem("value", "plan.error.value"));
        }
        if (!problems.isEmpty()) {
            throw UserFacingException.ofFields(problems);
        }
        TargetView before = target.toView();
        target.update(edit, clock.instant(), SignedIn.actor());
        audit.record(PlanAuditActions.TARGET_UPDATED, "plan-target", code, describe(before) + " → "
                + describe(target.toView()));
        ConcurrentChange.flush(targets::flush);
    }

    private static String describe(TargetView t) {
        return "\"" + t.nameVi() + "\" / \"" + t.nameEn() + "\", " + t.yearFrom() + "–" + t.yearTo() + ": "
                + t.targetMin().toPlainString() + (t.targetMax() == null ? "" : "–" + t.targetMax().toPlainString())
                + " " + t.unitVi() + " / " + t.unitEn();
    }

    private static boolean amount(BigDecimal value) {
        return value != null && value.signum() >= 0 && value.compareTo(LARGEST) <= 0 && value.scale() <= 2;
    }
}
