package vn.nscl.recommendation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import vn.nscl.catalogue.Catalogue;
import vn.nscl.catalogue.CatalogueItem;
import vn.nscl.catalogue.Programme;
import vn.nscl.recommendation.facts.Advice;

/**
 * Turns what the rules concluded into the list an enterprise sees: nothing it already holds, one entry per tool
 * (the highest-priority reason wins), highest priority first but never before its prerequisites, each tool with the
 * first eligible programme that can fund it, only the first few tools shown at once, programmes after the tools.
 */
final class Ranking {

    /** What the catalogue says about prerequisites and funding, so this stays a pure function. */
    interface CatalogueView {
        List<String> prerequisites(String toolCode);

        List<String> funds(String programmeCode);

        static CatalogueView of(Catalogue catalogue) {
            return new CatalogueView() {
                @Override
                public List<String> prerequisites(String toolCode) {
                    return catalogue.item(toolCode).map(CatalogueItem::prerequisites).orElse(List.of());
                }

                @Override
                public List<String> funds(String programmeCode) {
                    return catalogue.programme(programmeCode).map(Programme::funds).orElse(List.of());
                }
            };
        }
    }

    private static final Comparator<Advice.Item> BY_PRIORITY = Comparator.comparingInt(Advice.Item::priority)
            .reversed().thenComparing(Advice.Item::code);

    private Ranking() {
    }

    static List<Recommendation> rank(List<Advice.Item> concluded, Set<String> held, CatalogueView catalogue,
            int shown) {
        List<Advice.Item> tools = best(concluded.stream().filter(i -> !i.programme() && !held.contains(i.code()))
                .toList());
        List<Advice.Item> programmes = best(concluded.stream().filter(Advice.Item::programme).toList());
        tools = prerequisitesFirst(tools, catalogue);
        List<Recommendation> ranked = new ArrayList<>();
        for (Advice.Item tool : tools) {
            String funder = programmes.stream().map(Advice.Item::code)
                    .filter(p -> catalogue.funds(p).contains(tool.code())).findFirst().orElse(null);
            int rank = ranked.size() + 1;
            ranked.add(new Recommendation(rank, tool.code(), false, tool.priority(), tool.rule(), tool.reasonVi(),
                    tool.reasonEn(), funder, Recommendation.shownAt(rank, false, shown)));
        }
        for (Advice.Item programme : programmes) {
            int rank = ranked.size() + 1;
            ranked.add(new Recommendation(rank, programme.code(), true, programme.priority(), programme.rule(),
                    programme.reasonVi(), programme.reasonEn(), null, Recommendation.shownAt(rank, true, shown)));
        }
        return ranked;
    }

    /** One item per code: the one with the highest priority, then the list in priority order. */
    private static List<Advice.Item> best(List<Advice.Item> items) {
        Map<String, Advice.Item> byCode = new LinkedHashMap<>();
        items.stream().sorted(BY_PRIORITY).forEach(item -> byCode.putIfAbsent(item.code(), item));
        return new ArrayList<>(byCode.values());
    }

    /** Moves each recommended prerequisite just before the first tool that needs it. */
    static List<Advice.Item> prerequisitesFirst(List<Advice.Item> tools, CatalogueView catalogue) {
        List<Advice.Item> ordered = new ArrayList<>(tools);
        Map<String, Advice.Item> byCode = ordered.stream()
                .collect(java.util.stream.Collectors.toMap(Advice.Item::code, Function.identity()));
        boolean moved = true;
        for (int pass = 0; moved && pass < tools.size() * tools.size() + 1; pass++) {
            moved = false;
            for (int i = 0; i < ordered.size() && !moved; i++) {
                for (String prerequisite : catalogue.prerequisites(ordered.get(i).code())) {
                    Advice.Item needed = byCode.get(prerequisite);
                    if (needed != null && ordered.indexOf(needed) > i) {
                        ordered.remove(needed);
                        ordered.add(i, needed);
                        moved = true;
                        break;
                    }
                }
            }
        }
        return ordered;
    }
}
