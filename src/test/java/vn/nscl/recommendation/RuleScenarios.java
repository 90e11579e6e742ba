package vn.nscl.recommendation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

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
    record Ent(String sector, String type, String size, Integer employees, boolean foodFlag, String exportMarkets,
            String products, int ocopStars, Integer staffTrained, Set<String> activities) {

        /** A wood workshop on machines, 25 workers. */
        static Ent factory() {
            return new Ent("C", "ENTERPRISE", "SMALL", 25, false, "", "ván ghép thanh", 0, null,
                    Set.of("MANUFACTURING"));
        }

        /** A food processor, 25 workers. */
        static Ent foodFactory() {
            return new Ent("C", "ENTERPRISE", "SMALL", 25, true, "", "cà phê rang xay", 0, null,
                    Set.of("FOOD_PROCESSING"));
        }

        /** A rice cooperative, 28 workers. */
        static Ent farm() {
            return new Ent("A", "COOPERATIVE", "SMALL", 28, false, "", "gạo", 0, null, Set.of("CROPS"));
        }

        /** A hotel, 30 workers. */
        static Ent hotel() {
            return new Ent("I", "ENTERPRISE", "SMALL", 30, false, "", "khách sạn 40 phòng", 0, null,
                    Set.of("TOURISM"));
        }

        Ent type(String value) {
            return new Ent(sector, value, size, employees, foodFlag, exportMarkets, products, ocopStars, staffTrained,
                    activities);
        }

        Ent size(String value) {
            return new Ent(sector, type, value, employees, foodFlag, exportMarkets, products, ocopStars, staffTrained,
                    activities);
        }

        Ent employees(Integer value) {
            return new Ent(sector, type, size, value, foodFlag, exportMarkets, products, ocopStars, staffTrained,
                    activities);
        }

        Ent food() {
            return new Ent(sector, type, size, employees, true, exportMarkets, products, ocopStars, staffTrained,
                    activities);
        }

        Ent exportsTo(String markets) {
            return new Ent(sector, type, size, employees, foodFlag, markets, products, ocopStars, staffTrained,
                    activities);
        }

        Ent products(String value) {
            return new Ent(sector, type, size, employees, foodFlag, exportMarkets, value, ocopStars, staffTrained,
                    activities);
        }

        Ent ocop(int stars) {
            return new Ent(sector, type, size, employees, foodFlag, exportMarkets, products, stars, staffTrained,
                    activities);
        }

        Ent trained(Integer value) {
            return new Ent(sector, type, size, employees, foodFlag, exportMarkets, products, ocopStars, value,
                    activities);
        }

        Ent doing(String... value) {
            return new Ent(sector, type, size, employees, foodFlag, exportMarkets, products, ocopStars, staffTrained,
                    Set.of(value));
        }

        Enterprise fact() {
            return new Enterprise(sector, type, size, employees, foodFlag, exportMarkets, products, ocopStars,
                    staffTrained, activities);
        }
    }

    static List<Object> facts(Ent enterprise, Object... others) {
        List<Object> facts = new ArrayList<>();
        facts.add(enterprise.fact());
        facts.addAll(Arrays.asList(others));
        if (facts.stream().noneMatch(Assessment.class::isInstance)) {
            facts.add(new Assessment("full", 2026, 50, 2));
        }
        if (facts.stream().noneMatch(Indicators.class::isInstance)) {
            facts.add(indicators());
        }
        return facts;
    }

    static DimensionScore score(String dimension, double level) {
        return new DimensionScore(dimension, level * 25);
    }

    /** An answer whose level text names the question and level, so a test sees which answer a reason quotes. */
    static QuestionAnswer answer(String question, int level) {
        return new QuestionAnswer(question, level, "mức " + level + " của " + question,
                "level " + level + " of " + question);
    }

    static Certificate holds(String code) {
        return new Certificate(code);
    }

    static Assessment assessment(double overall, int maturity) {
        return new Assessment("full", 2026, overall, maturity);
    }

    static Assessment quick() {
        return new Assessment("quick", 2026, 50, 2);
    }

    /** Indicators with nothing known, then set only what a scenario needs. */
    static Indicators indicators() {
        return new Ind().fact();
    }

    static final class Ind {
        Double energyPerValueAdded;
        Double energyShare;
        Double defectRate;
        Double suggestionsPerEmployee;

        Ind energy(double value) {
            energyPerValueAdded = value;
            return this;
        }

        Ind energyShare(double percent) {
            energyShare = percent;
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
            return new Indicators(2025, null, null, null, energyPerValueAdded, energyShare, defectRate, null, null,
                    suggestionsPerEmployee);
        }
    }
}
