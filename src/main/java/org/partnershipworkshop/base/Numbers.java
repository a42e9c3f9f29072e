package org.partnershipworkshop.base;

import java.math.BigDecimal;

/** Amounts compare by value: 30.50 and 30.5 are the same cost, so entries keep one canonical scale. */
public final class Numbers {

    private Numbers() {
    }

    public static BigDecimal canonical(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
