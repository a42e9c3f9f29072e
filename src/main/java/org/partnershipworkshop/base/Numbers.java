package org.partnershipworkshop.base;

import java.math.BigDecimal;

/**
 * The numbers people enter (decision 0161). Every one is a {@link BigDecimal}, never a double, so what was typed
 * comes back digit for digit, and each kind has a stated range and scale, checked before anything else is done
 * with the value (a number such as {@code 1e999999999} is refused before it could be expanded):
 * <ul>
 * <li>an amount of money: 0 to {@value #MAX_AMOUNT_TEXT}, at most {@value #AMOUNT_SCALE} decimal places;</li>
 * <li>a measured value (an indicator, a target): −{@value #MAX_MEASURE_TEXT} to {@value #MAX_MEASURE_TEXT}, at most
 * {@value #MEASURE_SCALE} decimal places.</li>
 * </ul>
 * Values compare by value: 30.50 and 30.5 are the same cost, so entries keep one canonical scale.
 */
public final class Numbers {

    public static final String MAX_AMOUNT_TEXT = "999999999999999.99";
    public static final String MAX_MEASURE_TEXT = "999999999999999.9999";
    public static final BigDecimal MAX_AMOUNT = new BigDecimal(MAX_AMOUNT_TEXT);
    public static final BigDecimal MAX_MEASURE = new BigDecimal(MAX_MEASURE_TEXT);
    public static final int AMOUNT_SCALE = 2;
    public static final int MEASURE_SCALE = 4;

    private Numbers() {
    }

    /** An amount of money in range and scale, canonical; null stays null. */
    public static BigDecimal amount(BigDecimal value, String field) {
        if (value != null && value.signum() < 0) {
            throw new ValidationFailedException(Violation.of(field, "error.amountNegative"));
        }
        return checked(value, field, BigDecimal.ZERO, MAX_AMOUNT, AMOUNT_SCALE);
    }

    /** A measured value (indicator, target) in range and scale, canonical; null stays null. */
    public static BigDecimal measure(BigDecimal value, String field) {
        return checked(value, field, MAX_MEASURE.negate(), MAX_MEASURE, MEASURE_SCALE);
    }

    /** The value without trailing zeros and never in exponent form; only for values already in range. */
    public static BigDecimal canonical(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static BigDecimal checked(BigDecimal value, String field, BigDecimal min, BigDecimal max, int scale) {
        if (value == null) {
            return null;
        }
        // compareTo looks at precision and scale first: cheap even for 1E+999999999.
        if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
            throw new ValidationFailedException(Violation.of(field, "error.numberRange", min.toPlainString(), max.toPlainString()));
        }
        BigDecimal canonical = canonical(value);
        if (canonical.scale() > scale) {
            throw new ValidationFailedException(Violation.of(field, "error.tooManyDecimals", scale));
        }
        return canonical;
    }
}
