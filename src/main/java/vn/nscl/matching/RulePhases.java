package vn.nscl.matching;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.drools.drl.ast.descr.AccumulateDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.CollectDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.ExistsDescr;
import org.drools.drl.ast.descr.NotDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;
import org.kie.api.runtime.rule.AgendaFilter;

/**
 * Which matching rules depend on the request, read from the rules themselves. Most of an expert's standing (level,
 * ratings, free places, a pause) does not: those rules are run once per pool of experts and kept, and a ranking runs
 * only the rules that read the request, for the experts that can still reach the top ({@link Matcher}).
 * <p>
 * Anything that would make the split change a result turns it off, and then every rule runs for every request as
 * one session: agenda or activation groups (firing order across the split would change which rule wins). Looking at
 * the most promising experts first needs, in addition, that each rule reading the request looks at one expert at a
 * time (one {@code Candidate} pattern, not under {@code not}, {@code exists}, {@code accumulate} or {@code collect})
 * and the components those rules can score: a component name that is not written out literally counts as any.
 */
final class RulePhases {

    private static final Set<String> ORDERING_ATTRIBUTES = Set.of("agenda-group", "activation-group",
            "ruleflow-group", "auto-focus");
    private static final Pattern SCORE_CALL = Pattern.compile("ranking\\s*\\.\\s*score\\s*\\(\\s*[^,]*,\\s*(\"(\\w+)\")?");

    /** Every rule runs for every request, in one session: what an unreadable or order-dependent rule set gets. */
    static final RulePhases UNSPLIT = new RulePhases(Set.of(), false, false, EnumSet.allOf(ScoreComponent.class));

    private final Set<String> perRequest;
    private final boolean split;
    private final boolean narrowing;
    private final Set<ScoreComponent> requestComponents;

    private RulePhases(Set<String> perRequest, boolean split, boolean narrowing,
            Set<ScoreComponent> requestComponents) {
        this.perRequest = perRequest;
        this.split = split;
        this.narrowing = narrowing;
        this.requestComponents = requestComponents;
    }

    /** Reads the DRL of a built version (file path to text; a workbook's as generated). */
    static RulePhases of(Map<String, String> drl) {
        Set<String> perRequest = new HashSet<>();
        Set<ScoreComponent> components = EnumSet.noneOf(ScoreComponent.class);
        boolean narrowing = true;
        for (String text : drl.values()) {
            PackageDescr descr;
            DrlParser parser = new DrlParser();
            try {
                descr = parser.parse(false, text);
            } catch (DroolsParserException e) {
                return UNSPLIT;
            }
            if (descr == null || parser.hasErrors()) {
                return UNSPLIT;
            }
            for (RuleDescr rule : descr.getRules()) {
                if (rule.getAttributes().keySet().stream().anyMatch(ORDERING_ATTRIBUTES::contains)) {
                    return UNSPLIT;
                }
                Conditions conditions = new Conditions();
                conditions.walk(rule.getLhs(), true);
                if (!conditions.readsRequest) {
                    continue;
                }
                perRequest.add(rule.getName());
                narrowing &= conditions.candidates <= 1 && !conditions.candidateAmongMany;
                narrowing &= scoredComponents(String.valueOf(rule.getConsequence()), components);
            }
        }
        return new RulePhases(Set.copyOf(perRequest), true, narrowing,
                narrowing ? components : EnumSet.allOf(ScoreComponent.class));
    }

    /** Adds the components the consequence scores; false when one is not written out literally. */
    private static boolean scoredComponents(String consequence, Set<ScoreComponent> components) {
        java.util.regex.Matcher call = SCORE_CALL.matcher(consequence);
        while (call.find()) {
            if (call.group(2) == null) {
                return false;
            }
            for (ScoreComponent component : ScoreComponent.values()) {
                if (component.name().equals(call.group(2))) {
                    components.add(component);
                }
            }
        }
        return true;
    }

    /** False: every rule runs per request. */
    boolean split() {
        return split;
    }

    /** Whether a ranking may look at the most promising experts first and stop when nobody left can pass them. */
    boolean narrowing() {
        return narrowing;
    }

    /** The components a rule reading the request can score: for the others, the per-pool score is final. */
    Set<ScoreComponent> requestComponents() {
        return requestComponents;
    }

    /** Names of the rules that read the request. */
    Set<String> perRequestRules() {
        return perRequest;
    }

    /** The rules run once per pool of experts. */
    AgendaFilter perPool() {
        return match -> !perRequest.contains(match.getRule().getName());
    }

    /** What a rule's conditions look at: the request, and how many experts in which way. */
    private static final class Conditions {

        private boolean readsRequest;
        private int candidates;
        private boolean candidateAmongMany;

        void walk(BaseDescr descr, boolean single) {
            if (descr instanceof PatternDescr pattern) {
                String type = pattern.getObjectType();
                if (isType(type, "Request")) {
                    readsRequest = true;
                } else if (isType(type, "Candidate")) {
                    candidates++;
                    candidateAmongMany |= !single;
                }
                if (pattern.getSource() instanceof AccumulateDescr accumulate) {
                    accumulate.getDescrs().forEach(input -> walk((BaseDescr) input, false));
                } else if (pattern.getSource() instanceof CollectDescr collect) {
                    walk(collect.getInputPattern(), false);
                }
            } else if (descr instanceof ConditionalElementDescr junction) {
                boolean inner = single && !(descr instanceof NotDescr) && !(descr instanceof ExistsDescr);
                for (Object child : junction.getDescrs()) {
                    walk((BaseDescr) child, inner);
                }
            }
        }

        private static boolean isType(String type, String simpleName) {
            return type != null && (type.equals(simpleName) || type.endsWith("." + simpleName));
        }
    }
}
