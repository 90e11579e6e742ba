package vn.nscl.recommendation.facts;

import java.util.ArrayList;
import java.util.List;

import org.kie.api.runtime.rule.RuleContext;

/**
 * Where the rules write what they conclude (the global {@code advice} in every rule file). Each conclusion keeps
 * the name of the rule that drew it, its priority and its reason in Vietnamese and English.
 */
public class Advice {

    /** A tool or standard to apply, or a programme the enterprise is eligible for. */
    public record Item(String code, boolean programme, int priority, String rule, String reasonVi, String reasonEn) {
    }

    private final List<Item> items = new ArrayList<>();
    private final List<Item> unmet = new ArrayList<>();
    private final List<Gap> gaps = new ArrayList<>();

    /** Recommends a catalogue tool or standard; priority 1–100, higher comes first. */
    public void recommend(RuleContext rule, String code, int priority, String reasonVi, String reasonEn) {
        items.add(new Item(code, false, priority, rule.getRule().getName(), reasonVi, reasonEn));
    }

    /** Records that the enterprise is eligible for a support programme (P2…P7, MODEL, PILOT, PLAN). */
    public void eligible(RuleContext rule, String programme, int priority, String reasonVi, String reasonEn) {
        items.add(new Item(programme, true, priority, rule.getRule().getName(), reasonVi, reasonEn));
    }

    /**
     * Records which of a programme's conditions the enterprise does not meet, in words it can act on ("dành cho đơn
     * vị từ 10 lao động; hồ sơ ghi 6"). Shown for a programme no {@link #eligible} rule chose; never a
     * recommendation.
     */
    public void notEligible(RuleContext rule, String programme, String reasonVi, String reasonEn) {
        unmet.add(new Item(programme, true, 0, rule.getRule().getName(), reasonVi, reasonEn));
    }

    /** The unmet conditions the rules named, by programme, in the order the rules fired. */
    public List<Item> unmet() {
        return List.copyOf(unmet);
    }

    /**
     * Starts a recommendation from a row of the gap matrix workbook: a tool for a low dimension score. The row's
     * reason may use {level} (the dimension's level) and {who} (the enterprise described).
     */
    public Gap gap(RuleContext rule, String code, DimensionScore score, Enterprise enterprise) {
        Gap gap = new Gap(rule.getRule().getName(), code, score, enterprise);
        gaps.add(gap);
        return gap;
    }

    public List<Item> items() {
        List<Item> all = new ArrayList<>(items);
        gaps.forEach(gap -> all.add(gap.toItem()));
        return List.copyOf(all);
    }

    /** A recommendation filled in column by column by a decision-table row. */
    public static final class Gap {
        private final String rule;
        private final String code;
        private final DimensionScore score;
        private final Enterprise enterprise;
        private int priority = 50;
        private String reasonVi = "";
        private String reasonEn = "";

        Gap(String rule, String code, DimensionScore score, Enterprise enterprise) {
            this.rule = rule;
            this.code = code;
            this.score = score;
            this.enterprise = enterprise;
        }

        public Gap priority(int value) {
            priority = value;
            return this;
        }

        public Gap reasonVi(String template) {
            reasonVi = template.replace("{level}", score.levelVi()).replace("{who}", enterprise.describeVi());
            return this;
        }

        public Gap reasonEn(String template) {
            reasonEn = template.replace("{level}", score.levelEn()).replace("{who}", enterprise.describeEn());
            return this;
        }

        Item toItem() {
            return new Item(code, false, priority, rule, reasonVi, reasonEn);
        }
    }
}
