package org.partnershipworkshop.canvas;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

/** The running total of resource costs, per currency (amounts in different currencies never mix). */
public final class ResourceTotals {

    private ResourceTotals() {
    }

    public static Map<String, BigDecimal> of(Collection<Resource> resources) {
        Map<String, BigDecimal> totals = new TreeMap<>();
        for (Resource r : resources) {
            if (r.amount() != null) {
                totals.merge(r.currency(), r.amount(), BigDecimal::add);
            }
        }
        return totals;
    }

    /** Totals over every resources field of a canvas. */
    public static Map<String, BigDecimal> of(Canvas canvas) {
        return of(canvas.fields().values().stream().flatMap(Collection::stream)
                .filter(Resource.class::isInstance).map(Resource.class::cast).toList());
    }
}
