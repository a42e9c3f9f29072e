package org.partnershipworkshop.canvas;

import java.math.BigDecimal;
import org.partnershipworkshop.base.Limits;
import org.partnershipworkshop.base.Numbers;
import org.partnershipworkshop.base.Rules;

/** A result indicator of a practice: its name, unit, value for the last year and for the whole period. */
public record Indicator(String name, String unit, BigDecimal lastYear, BigDecimal wholePeriod) implements CanvasEntry {

    public Indicator {
        name = Rules.required(name, "name", Limits.TEXT);
        unit = Rules.optional(unit, "unit", Limits.TEXT);
        lastYear = Numbers.measure(lastYear, "lastYear");
        wholePeriod = Numbers.measure(wholePeriod, "wholePeriod");
    }

    @Override
    public FieldKind kind() {
        return FieldKind.INDICATORS;
    }

    @Override
    public String headline() {
        return name;
    }
}
