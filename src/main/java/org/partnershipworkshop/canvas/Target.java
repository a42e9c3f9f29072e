package org.partnershipworkshop.canvas;

import java.math.BigDecimal;
import org.partnershipworkshop.base.Limits;
import org.partnershipworkshop.base.Numbers;
import org.partnershipworkshop.base.Rules;

/**
 * A target of a project card: what is to be reached (name, unit), where it starts (base), what it should
 * reach (target) and by when (period, as people write it: "February 2023").
 */
public record Target(String name, String unit, BigDecimal base, BigDecimal target, String period) implements CanvasEntry {

    public Target {
        name = Rules.required(name, "name", Limits.TEXT);
        unit = Rules.optional(unit, "unit", Limits.TEXT);
        base = Numbers.measure(base, "base");
        target = Numbers.measure(target, "target");
        period = Rules.optional(period, "period", Limits.TEXT);
    }

    @Override
    public FieldKind kind() {
        return FieldKind.TARGETS;
    }

    @Override
    public String headline() {
        return name;
    }
}
