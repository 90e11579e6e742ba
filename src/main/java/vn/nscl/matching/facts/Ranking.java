package vn.nscl.matching.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import vn.nscl.matching.ScoreComponent;
import vn.nscl.matching.ScorePart;

/**
 * Where the matching rules write their conclusions: an exclusion (any one keeps the expert out, and the first reason
 * is kept to explain it) or a part of the score. Several rules may score the same component of one expert: the part
 * worth most counts, so a rule for a special case (a mountain commune, say) only needs to say what it is worth.
 * Parts are kept raw and written out only for the experts shown: a ranking scores thousands and shows a few.
 */
public final class Ranking {

    private static final ScoreComponent[] COMPONENTS = ScoreComponent.values();
    private static final Map<String, ScoreComponent> BY_NAME = Stream.of(COMPONENTS)
            .collect(Collectors.toMap(ScoreComponent::name, Function.identity()));

    /** One part as a rule gave it. */
    private record Part(double points, String detail, Object[] values) {
    }

    private final double[] weights;
    private final String[] exclusions;
    private final Part[][] parts;
    /** What the rules that do not depend on the request concluded, shared by every request; null if none. */
    private final Ranking perPool;

    /** For {@code candidates} experts, whose slots are 0 to candidates − 1. */
    public Ranking(Settings settings, int candidates) {
        this.weights = new double[COMPONENTS.length];
        for (ScoreComponent c : COMPONENTS) {
            weights[c.ordinal()] = settings.weight(c.name());
        }
        this.exclusions = new String[candidates];
        this.parts = new Part[candidates][];
        this.perPool = null;
    }

    /**
     * For one request, on top of what the rules that do not read the request concluded for the same experts in the
     * same slots: those stay as they are (read, never written), this request's rules add to them.
     */
    public Ranking(Ranking perPool) {
        this.weights = perPool.weights;
        this.exclusions = new String[perPool.exclusions.length];
        this.parts = new Part[perPool.parts.length][];
        this.perPool = perPool;
    }

    /** Keeps the expert out of this request's ranking, saying why (the rule's own words). */
    public void exclude(Candidate expert, String reason) {
        if (exclusionOf(expert.slot()) == null) {
            exclusions[expert.slot()] = reason;
        }
    }

    /**
     * Gives the expert a part of a component's points: {@code fraction} (0–1) of the component's weight in
     * {@code matching.yaml}, with the facts behind it: a text key of the platform ({@code matching.detail...}) with
     * its values, or the rule's own words. A component name that does not exist gives nothing.
     */
    public void score(Candidate expert, String component, double fraction, String detail, Object... values) {
        ScoreComponent known = BY_NAME.get(component);
        if (known == null) {
            return;
        }
        double points = Math.round(Math.max(0, Math.min(1, fraction)) * weights[known.ordinal()] * 10) / 10.0;
        Part[] own = parts[expert.slot()];
        if (own == null) {
            Part[] shared = perPool == null ? null : perPool.parts[expert.slot()];
            own = shared == null ? new Part[COMPONENTS.length] : shared.clone();
            parts[expert.slot()] = own;
        }
        Part kept = own[known.ordinal()];
        if (kept == null || points > kept.points()) {
            own[known.ordinal()] = new Part(points, detail, values);
        }
    }

    /** Why the expert in this slot is excluded, or null when no rule excluded them. */
    public String exclusionOf(int slot) {
        return exclusions[slot] != null || perPool == null ? exclusions[slot] : perPool.exclusions[slot];
    }

    private Part[] partsIn(int slot) {
        return parts[slot] != null || perPool == null ? parts[slot] : perPool.parts[slot];
    }

    /** The points the expert has so far in the components not in {@code left} (indexed by ordinal). */
    public double pointsBesides(int slot, boolean[] left) {
        Part[] own = partsIn(slot);
        double points = 0;
        if (own != null) {
            for (int c = 0; c < own.length; c++) {
                points += left[c] || own[c] == null ? 0 : own[c].points();
            }
        }
        return points;
    }

    /** The weight of a component in {@code matching.yaml}: the most a rule can give it. */
    public double weightOf(ScoreComponent component) {
        return weights[component.ordinal()];
    }

    /** The expert's total, rounded to a tenth. */
    public double totalOf(int slot) {
        Part[] own = partsIn(slot);
        double total = 0;
        if (own != null) {
            for (Part part : own) {
                total += part == null ? 0 : part.points();
            }
        }
        return Math.round(total * 10) / 10.0;
    }

    /** The expert's score parts in the components' order, with their facts; a component no rule scored is worth 0. */
    public List<ScorePart> partsOf(int slot) {
        Part[] own = partsIn(slot);
        List<ScorePart> all = new ArrayList<>(COMPONENTS.length);
        for (ScoreComponent c : COMPONENTS) {
            Part part = own == null ? null : own[c.ordinal()];
            all.add(part == null ? new ScorePart(c, 0, weights[c.ordinal()], "matching.detail.none", List.of())
                    : new ScorePart(c, part.points(), weights[c.ordinal()], part.detail(), texts(part.values())));
        }
        return all;
    }

    private static List<String> texts(Object[] values) {
        List<String> args = new ArrayList<>(values.length);
        for (Object value : values) {
            args.add(value instanceof Double d ? String.format(Locale.ROOT, "%.1f", d) : String.valueOf(value));
        }
        return List.copyOf(args);
    }
}
