package vn.nscl.recommendation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import vn.nscl.catalogue.Catalogue;
import vn.nscl.catalogue.CatalogueItem;
import vn.nscl.catalogue.Programme;
import vn.nscl.recommendation.facts.Advice;
import vn.nscl.reference.Activity;

/**
 * Turns what the rules concluded into the list an enterprise sees. Nothing it already holds, nothing the catalogue
 * says is not for such an enterprise; one entry per tool, with the reason of the rule that gave it the highest
 * priority; several rules agreeing on a tool raise it (each further rule +{@value #AGREEMENT_BONUS}, up to
 * +{@value #AGREEMENT_CAP}); a tool whose prerequisite is recommended too (the enterprise lacks it) is the step after
 * next and loses {@value #PREREQUISITE_MISSING} (the card says to do the prerequisite first). The most valuable first,
 * ties broken by how many rules agree and then by the catalogue's order (simpler, cheaper tools are listed first
 * there), never by the code's spelling. Each tool names the first eligible
 * programme that can fund it; only the first few are shown at once; programmes follow the tools.
 */
final class Ranking {

    static final int AGREEMENT_BONUS = 2;
    static final int AGREEMENT_CAP = 4;
    static final int PREREQUISITE_MISSING = 6;

    /** The enterprise as the catalogue's "for whom" needs it, and what it already holds. */
    record Enterprise(Set<Activity> activities, String type, Integer employees, Set<String> held) {
    }

    /** What the catalogue says about fit, prerequisites, order and funding, so this stays a pure function. */
    interface CatalogueView {
        List<String> prerequisites(String toolCode);

        List<String> funds(String programmeCode);

        /** Whether the catalogue offers this tool to such an enterprise at all (unknown tools are offered). */
        boolean fits(String toolCode, Enterprise enterprise);

        /** Position in the catalogue; unknown codes last. */
        int order(String toolCode);

        static CatalogueView of(Catalogue catalogue) {
            Map<String, Integer> positions = new java.util.HashMap<>();
            catalogue.items().forEach(item -> positions.put(item.code(), positions.size()));
            return new CatalogueView() {
                @Override
                public List<String> prerequisites(String toolCode) {
                    return catalogue.item(toolCode).map(CatalogueItem::prerequisites).orElse(List.of());
                }

                @Override
                public List<String> funds(String programmeCode) {
                    return catalogue.programme(programmeCode).map(Programme::funds).orElse(List.of());
                }

                @Override
                public boolean fits(String toolCode, Enterprise enterprise) {
                    return catalogue.item(toolCode).map(item -> item.fits().fits(enterprise.activities(),
                            enterprise.type(), enterprise.employees())).orElse(true);
                }

                @Override
                public int order(String toolCode) {
                    return positions.getOrDefault(toolCode, Integer.MAX_VALUE);
                }
            };
        }
    }

    /** One code with everything the rules said about it. */
    private record Merged(Advice.Item best, int value, int agreeing) {
    }

    private Ranking() {
    }

    static List<Recommendation> rank(List<Advice.Item> concluded, Enterprise enterprise, CatalogueView catalogue,
            int shown) {
        List<Advice.Item> offered = concluded.stream().filter(i -> !i.programme())
                .filter(i -> !enterprise.held().contains(i.code()) && catalogue.fits(i.code(), enterprise)).toList();
        Set<String> lacking = offered.stream().map(Advice.Item::code).collect(Collectors.toSet());
        List<Merged> tools = merge(offered, catalogue, code -> catalogue.prerequisites(code).stream()
                .anyMatch(lacking::contains));
        List<Merged> programmes = merge(concluded.stream().filter(Advice.Item::programme).toList(), catalogue,
                code -> false);
        List<Recommendation> ranked = new ArrayList<>();
        for (Merged tool : tools) {
            String funder = programmes.stream().map(p -> p.best().code())
                    .filter(p -> catalogue.funds(p).contains(tool.best().code())).findFirst().orElse(null);
            ranked.add(recommendation(ranked.size() + 1, tool, funder, shown));
        }
        for (Merged programme : programmes) {
            ranked.add(recommendation(ranked.size() + 1, programme, null, shown));
        }
        return ranked;
    }

    private static Recommendation recommendation(int rank, Merged merged, String funder, int shown) {
        Advice.Item item = merged.best();
        return new Recommendation(rank, item.code(), item.programme(), merged.value(), item.rule(),
                sentence(item.reasonVi()), sentence(item.reasonEn()), funder,
                Recommendation.shownAt(rank, item.programme(), shown));
    }

    /**
     * One entry per code, most valuable first: the best priority among the rules that concluded it, raised when
     * several distinct rules agree.
     */
    private static List<Merged> merge(List<Advice.Item> items, CatalogueView catalogue,
            java.util.function.Predicate<String> needsSomethingFirst) {
        Map<String, List<Advice.Item>> byCode = items.stream().collect(Collectors.groupingBy(Advice.Item::code,
                LinkedHashMap::new, Collectors.toList()));
        List<Merged> merged = new ArrayList<>();
        byCode.forEach((code, said) -> {
            Advice.Item best = said.stream().max(Comparator.comparingInt(Advice.Item::priority)
                    .thenComparing(Advice.Item::rule, Comparator.reverseOrder())).orElseThrow();
            int agreeing = (int) said.stream().map(Advice.Item::rule).distinct().count();
            int bonus = Math.min(AGREEMENT_CAP, AGREEMENT_BONUS * (agreeing - 1));
            int penalty = needsSomethingFirst.test(code) ? PREREQUISITE_MISSING : 0;
            merged.add(new Merged(best, Math.max(1, Math.min(100, best.priority() + bonus - penalty)), agreeing));
        });
        merged.sort(Comparator.comparingInt(Merged::value).reversed()
                .thenComparing(Comparator.comparingInt(Merged::agreeing).reversed())
                .thenComparing(m -> catalogue.order(m.best().code())));
        return merged;
    }

    /** Reasons start with a capital letter whatever a rule wrote ("hợp tác xã…" → "Hợp tác xã…"). */
    static String sentence(String reason) {
        if (reason == null || reason.isBlank()) {
            return reason;
        }
        String text = reason.strip();
        return text.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + text.substring(1);
    }
}
