package org.nstac.portal.payment.report;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/** Totals per group (month, activity, member), in the order of the map the caller chooses. */
final class Groups {

    private Groups() {
    }

    /**
     * The {@link Totals} of each group of {@code payables}, keyed by {@code key}, in a map from {@code map} (a
     * sorted or enum map, so the groups come in a reading order); only groups with payables are present.
     */
    static <T extends Countable, K, M extends Map<K, List<Totals>>> M totals(Collection<T> payables,
            Function<T, K> key, Supplier<M> map) {
        Map<K, List<T>> groups = new LinkedHashMap<>();
        for (T payable : payables) {
            groups.computeIfAbsent(key.apply(payable), k -> new ArrayList<>()).add(payable);
        }
        M totals = map.get();
        groups.forEach((k, members) -> totals.put(k, Totals.of(members)));
        return totals;
    }
}
