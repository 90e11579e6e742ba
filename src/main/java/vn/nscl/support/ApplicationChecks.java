package vn.nscl.support;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import vn.nscl.shared.FieldChecks;
import vn.nscl.shared.TextRules;
import vn.nscl.shared.UserFacingException.FieldProblem;

/** Cleans an application draft and checks it against its programme's call; every problem names its field. */
final class ApplicationChecks {

    static final int MAX_LINES = 50;
    static final int MAX_INDICATORS = 20;
    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private ApplicationChecks() {
    }

    static ApplicationDraft clean(ApplicationDraft raw) {
        List<BudgetLine> budget = raw.budget() == null ? List.of() : raw.budget().stream()
                .filter(l -> l != null && !(TextRules.singleLine(l.description()).isEmpty() && l.requested() == null
                        && l.own() == null))
                .map(l -> new BudgetLine(TextRules.singleLine(l.description()), orZero(l.requested()), orZero(l.own())))
                .toList();
        List<Indicator> indicators = raw.indicators() == null ? List.of() : raw.indicators().stream()
                .filter(i -> i != null && !(TextRules.singleLine(i.name()).isEmpty() && i.target() == null))
                .map(i -> new Indicator(TextRules.singleLine(i.name()), TextRules.singleLine(i.unit()), i.baseline(),
                        i.target()))
                .toList();
        return new ApplicationDraft(TextRules.singleLine(raw.title()), TextRules.singleLine(raw.objectives()),
                TextRules.singleLine(raw.expectedResults()), TextRules.singleLine(raw.timeline()), budget, indicators,
                raw.expectedVersion());
    }

    /** What may be saved at all (a draft may be incomplete, but never too long or negative). */
    static List<FieldProblem> forSaving(ApplicationDraft d) {
        List<FieldProblem> problems = new ArrayList<>();
        if (d.title().length() > SupportApplication.TITLE_MAX) {
            problems.add(new FieldProblem("title", "error.too-long", SupportApplication.TITLE_MAX));
        }
        if (d.objectives().length() > SupportApplication.TEXT_MAX) {
            problems.add(new FieldProblem("objectives", "error.too-long", SupportApplication.TEXT_MAX));
        }
        if (d.expectedResults().length() > SupportApplication.TEXT_MAX) {
            problems.add(new FieldProblem("expectedResults", "error.too-long", SupportApplication.TEXT_MAX));
        }
        if (d.timeline().length() > SupportApplication.TIMELINE_MAX) {
            problems.add(new FieldProblem("timeline", "error.too-long", SupportApplication.TIMELINE_MAX));
        }
        if (d.budget().size() > MAX_LINES || d.budget().stream().anyMatch(l -> l.description().length() > 300
                || l.requested().signum() < 0 || l.own().signum() < 0
                || l.requested().scale() > 2 || l.own().scale() > 2
                || l.requested().compareTo(new BigDecimal("1000000")) > 0 || l.own().compareTo(new BigDecimal("1000000")) > 0)) {
            problems.add(new FieldProblem("budget", "support.error.budget-line"));
        }
        FieldChecks.noInvisible(problems, "title", d.title(), "objectives", d.objectives(), "expectedResults",
                d.expectedResults(), "timeline", d.timeline());
        d.budget().forEach(line -> FieldChecks.noInvisible(problems, "budget", line.description()));
        d.indicators().forEach(i -> FieldChecks.noInvisible(problems, "indicators", i.name(), "indicators", i.unit()));
        if (d.indicators().size() > MAX_INDICATORS || d.indicators().stream().anyMatch(i -> i.name().length() > 200
                || i.unit().length() > 50 || !storable(i.baseline()) || !storable(i.target()))) {
            problems.add(new FieldProblem("indicators", "support.error.indicator"));
        }
        return problems;
    }

    /** What a submission needs besides: complete texts, a consistent budget within the call, measurable results. */
    static List<FieldProblem> forSubmitting(SupportApplication a, ProgrammeCall call,
            java.util.Collection<String> documentsAttached) {
        List<FieldProblem> problems = new ArrayList<>();
        if (a.getTitle().length() < 5) {
            problems.add(new FieldProblem("title", "support.error.title"));
        }
        if (!a.textsComplete()) {
            problems.add(new FieldProblem("objectives", "support.error.texts"));
        }
        if (a.getBudget().isEmpty() || a.getBudget().stream().anyMatch(l -> l.description().isEmpty()
                || l.requested().signum() == 0 && l.own().signum() == 0)) {
            problems.add(new FieldProblem("budget", "support.error.budget-empty"));
        }
        BigDecimal total = a.getRequestedTotal().add(a.getOwnTotal());
        // Amounts as numbers (the reader's language writes them: "0,5"), and by how much the budget misses.
        if (a.getRequestedTotal().compareTo(call.getCeiling()) > 0) {
            problems.add(new FieldProblem("budget", "support.error.over-ceiling", call.getCeiling(),
                    a.getRequestedTotal().subtract(call.getCeiling())));
        }
        if (total.signum() > 0 && a.getOwnTotal().multiply(HUNDRED)
                .compareTo(total.multiply(BigDecimal.valueOf(call.getOwnSharePercent()))) < 0) {
            problems.add(new FieldProblem("budget", "support.error.own-share-low", call.getOwnSharePercent(),
                    ownShareMissing(a.getRequestedTotal(), a.getOwnTotal(), call.getOwnSharePercent())));
        }
        if (a.getIndicators().isEmpty() || a.getIndicators().stream().anyMatch(i -> i.name().isEmpty()
                || i.target() == null)) {
            problems.add(new FieldProblem("indicators", "support.error.indicators-empty"));
        }
        // One problem per required document still missing, named as the call names it.
        call.documentList().stream().filter(document -> !documentsAttached.contains(document))
                .forEach(document -> problems.add(new FieldProblem("attachments", "support.error.document-missing",
                        document)));
        return problems;
    }

    /**
     * How much own contribution is missing for it to be {@code percent}% of the total: own ≥ p·requested / (100 − p),
     * rounded up to the cent (million VND with two decimals).
     */
    static BigDecimal ownShareMissing(BigDecimal requested, BigDecimal own, int percent) {
        if (percent >= 100) {
            return requested;
        }
        BigDecimal needed = requested.multiply(BigDecimal.valueOf(percent))
                .divide(BigDecimal.valueOf(100L - percent), 2, java.math.RoundingMode.CEILING);
        return needed.subtract(own).max(BigDecimal.ZERO);
    }

    /** Fits numeric(18, 2): at most two decimals and sixteen digits before the point. */
    private static boolean storable(BigDecimal value) {
        return value == null || value.scale() <= 2 && value.abs().compareTo(new BigDecimal("1E16")) < 0;
    }

    private static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }
}
