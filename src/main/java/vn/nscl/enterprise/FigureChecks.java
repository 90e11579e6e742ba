package vn.nscl.enterprise;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import vn.nscl.shared.UserFacingException.FieldProblem;

/**
 * Checks of one year's figures. Impossible values (negative amounts, a rate above 100 %, energy costing more than
 * all bought-in goods and services, a year in the future) are refused; implausible ones are only pointed out,
 * because an unusual year does happen.
 */
final class FigureChecks {

    static final BigDecimal MAX_AMOUNT = new BigDecimal("999999999999");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final int MAX_EMPLOYEES = 1_000_000;

    private FigureChecks() {
    }

    static List<FieldProblem> impossible(YearFigures f, int currentYear) {
        List<FieldProblem> problems = new ArrayList<>();
        if (f.year() < 2000 || f.year() > currentYear) {
            problems.add(new FieldProblem("year", "figures.error.year", "2000", String.valueOf(currentYear)));
        }
        count(problems, "employees", f.employees(), MAX_EMPLOYEES);
        count(problems, "suggestionsImplemented", f.suggestionsImplemented(), MAX_EMPLOYEES * 100);
        amount(problems, "revenue", f.revenue());
        amount(problems, "capital", f.capital());
        amount(problems, "boughtIn", f.boughtIn());
        amount(problems, "wages", f.wages());
        amount(problems, "depreciation", f.depreciation());
        amount(problems, "energyCost", f.energyCost());
        amount(problems, "trainingHours", f.trainingHours());
        percent(problems, "defectRate", f.defectRate());
        percent(problems, "newProductShare", f.newProductShare());
        if (f.energyCost() != null && f.boughtIn() != null && f.energyCost().compareTo(f.boughtIn()) > 0) {
            problems.add(new FieldProblem("energyCost", "figures.error.energy-above-bought-in"));
        }
        return problems;
    }

    static List<FieldProblem> implausible(YearFigures f, YearFigures previous) {
        List<FieldProblem> warnings = new ArrayList<>();
        BigDecimal perEmployee = ProductivityIndicators.perEmployee(f.revenue(), f.employees());
        if (perEmployee != null && perEmployee.compareTo(BigDecimal.valueOf(50_000)) > 0) {
            warnings.add(new FieldProblem("revenue", "figures.warning.revenue-per-employee"));
        }
        BigDecimal valueAdded = f.valueAdded();
        if (valueAdded != null && valueAdded.signum() < 0) {
            warnings.add(new FieldProblem("boughtIn", "figures.warning.negative-value-added"));
        }
        if (valueAdded != null && f.wages() != null && valueAdded.signum() > 0 && f.wages().compareTo(valueAdded) > 0) {
            warnings.add(new FieldProblem("wages", "figures.warning.wages-above-value-added"));
        }
        if (f.defectRate() != null && f.defectRate().compareTo(BigDecimal.valueOf(30)) > 0) {
            warnings.add(new FieldProblem("defectRate", "figures.warning.defect-rate"));
        }
        BigDecimal hoursPerEmployee = ProductivityIndicators.perEmployee(f.trainingHours(), f.employees());
        if (hoursPerEmployee != null && hoursPerEmployee.compareTo(BigDecimal.valueOf(300)) > 0) {
            warnings.add(new FieldProblem("trainingHours", "figures.warning.training-hours"));
        }
        BigDecimal growth = previous == null ? null : ProductivityIndicators.growth(f.revenue(), previous.revenue());
        if (growth != null && (growth.compareTo(BigDecimal.valueOf(300)) > 0
                || growth.compareTo(BigDecimal.valueOf(-80)) < 0)) {
            // A number, so the reader's language writes it ("11.150 %"), not "11150.0".
            warnings.add(new FieldProblem("revenue", "figures.warning.revenue-jump",
                    growth.setScale(0, java.math.RoundingMode.HALF_UP)));
        }
        return warnings;
    }

    private static void count(List<FieldProblem> problems, String field, Integer value, int max) {
        if (value != null && (value < 0 || value > max)) {
            problems.add(new FieldProblem(field, value < 0 ? "figures.error.negative" : "figures.error.too-large"));
        }
    }

    private static void amount(List<FieldProblem> problems, String field, BigDecimal value) {
        if (value != null && value.signum() < 0) {
            problems.add(new FieldProblem(field, "figures.error.negative"));
        } else if (value != null && value.compareTo(MAX_AMOUNT) > 0) {
            problems.add(new FieldProblem(field, "figures.error.too-large"));
        }
    }

    private static void percent(List<FieldProblem> problems, String field, BigDecimal value) {
        if (value != null && (value.signum() < 0 || value.compareTo(HUNDRED) > 0)) {
            problems.add(new FieldProblem(field, "figures.error.percent"));
        }
    }
}
