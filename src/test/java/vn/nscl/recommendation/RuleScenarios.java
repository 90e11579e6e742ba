package vn.nscl.recommendation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import vn.nscl.recommendation.facts.Assessment;
import vn.nscl.recommendation.facts.Certificate;
import vn.nscl.recommendation.facts.DimensionScore;
import vn.nscl.recommendation.facts.Enterprise;
import vn.nscl.recommendation.facts.Indicators;
import vn.nscl.recommendation.facts.QuestionAnswer;

/** Small builders for rule scenarios: an enterprise and the facts around it, readable in one line. */
final class RuleScenarios {

    private RuleScenarios() {
    }

    /** An enterprise; start from a typical one and change what matters for the scenario. */
    record Ent(String sector, String type, String size, int employees, boolean foodFlag, boolean exportFlag,
            String products, int ocopStars, int staffTrained) {

        static Ent factory() {
            return new Ent("C", "ENTERPRISE", "SMALL", 25, false, false, "ván ghép thanh", 0, 0);
        }

        static Ent farm() {
            return new Ent("A", "COOPERATIVE", "SMALL", 28, false, false, "gạo", 0, 0);
        }

        static Ent hotel() {
            return new Ent("I", "ENTERPRISE", "SMALL", 30, false, false, "lưu trú", 0, 0);
        }

        Ent sector(String value) {
            return new Ent(value, type, size, employees, foodFlag, exportFlag, products, ocopStars, staffTrained);
        }

        Ent type(String value) {
            return new Ent(sector, value, size, employees, foodFlag, exportFlag, products, ocopStars, staffTrained);
        }

        Ent size(String value) {
            return new Ent(sector, type, value, employees, foodFlag, exportFlag, products, ocopStars, staffTrained);
        }

        Ent employees(int value) {
            return new Ent(sector, type, size, value, foodFlag, exportFlag, products, ocopStars, staffTrained);
        }

        Ent food() {
            return new Ent(sector, type, size, employees, true, exportFlag, products, ocopStars, staffTrained);
        }

        Ent exporter() {
            return new Ent(sector, type, size, employees, foodFlag, true, products, ocopStars, staffTrained);
        }

        Ent products(String value) {
            return new Ent(sector, type, size, employees, foodFlag, exportFlag, value, ocopStars, staffTrained);
        }

        Ent ocop(int stars) {
            return new Ent(sector, type, size, employees, foodFlag, exportFlag, products, stars, staffTrained);
        }

        Ent trained(int value) {
            return new Ent(sector, type, size, employees, foodFlag, exportFlag, products, ocopStars, value);
        }

        Enterprise fact() {
            return new Enterprise(sector, "ngành " + sector, "sector " + sector, type, size, employees, foodFlag, exportFlag,
                    products, ocopStars, staffTrained);
        }
    }

    static List<Object> facts(Ent enterprise, Object... others) {
        List<Object> facts = new ArrayList<>();
        facts.add(enterprise.fact());
        facts.addAll(Arrays.asList(others));
        if (facts.stream().noneMatch(Assessment.class::isInstance)) {
            facts.add(new Assessment("quick", 2026, 50, 2));
        }
        if (facts.stream().noneMatch(Indicators.class::isInstance)) {
            facts.add(indicators());
        }
        return facts;
    }

    static DimensionScore score(String dimension, double level) {
        return new DimensionScore(dimension, level * 25);
    }

    static QuestionAnswer answer(String question, int level) {
        return new QuestionAnswer(question, level);
    }

    static Certificate holds(String code) {
        return new Certificate(code);
    }

    static Assessment assessment(double overall, int maturity) {
        return new Assessment("full", 2026, overall, maturity);
    }

    /** Indicators with nothing known, then set only what a scenario needs. */
    static Indicators indicators() {
        return new Ind().fact();
    }

    static final class Ind {
        double energyPerValueAdded = Indicators.MISSING;
        double defectRate = Indicators.MISSING;
        double suggestionsPerEmployee = Indicators.MISSING;

        Ind energy(double value) {
            energyPerValueAdded = value;
            return this;
        }

        Ind defects(double value) {
            defectRate = value;
            return this;
        }

        Ind suggestions(double value) {
            suggestionsPerEmployee = value;
            return this;
        }

        Indicators fact() {
            return new Indicators(Indicators.MISSING, Indicators.MISSING, Indicators.MISSING, energyPerValueAdded,
                    defectRate, Indicators.MISSING, Indicators.MISSING, suggestionsPerEmployee);
        }
    }
}
