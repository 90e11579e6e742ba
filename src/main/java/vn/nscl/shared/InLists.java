package vn.nscl.shared;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Function;

/**
 * Runs a query that takes a list of ids once per thousand distinct ids and joins the answers: databases limit the
 * size of an IN list, and a province's lists (every supported enterprise) can be longer.
 */
public final class InLists {

    static final int CHUNK = 1_000;

    private InLists() {
    }

    public static <T> List<T> inChunks(Collection<Long> ids, Function<List<Long>, List<T>> query) {
        List<Long> distinct = List.copyOf(new LinkedHashSet<>(ids));
        List<T> rows = new ArrayList<>();
        for (int from = 0; from < distinct.size(); from += CHUNK) {
            rows.addAll(query.apply(distinct.subList(from, Math.min(distinct.size(), from + CHUNK))));
        }
        return rows;
    }
}
