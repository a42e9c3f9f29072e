package org.partnershipworkshop.canvas;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.regex.Pattern;
import org.partnershipworkshop.base.Limits;
import org.partnershipworkshop.base.Numbers;
import org.partnershipworkshop.base.Rules;
import org.partnershipworkshop.base.ValidationFailedException;
import org.partnershipworkshop.base.Violation;

/** A planned resource, with an optional cost: an amount ≥ 0 needs an ISO 4217 currency. */
public record Resource(String item, BigDecimal amount, String currency) implements CanvasEntry {

    private static final Pattern CODE = Pattern.compile("[A-Z]{3}");

    public Resource {
        item = Rules.required(item, "item", Limits.TEXT);
        currency = currency == null || currency.isBlank() ? null : currency;
        amount = Numbers.amount(amount, "amount");
        if (amount != null && currency == null) {
            throw new ValidationFailedException(Violation.of("currency", "error.currencyRequired"));
        }
        if (currency != null && !isCurrency(currency)) {
            throw new ValidationFailedException(Violation.of("currency", "error.currencyUnknown", currency));
        }
    }

    public Resource(String item) {
        this(item, null, null);
    }

    public static boolean isCurrency(String code) {
        if (code == null || !CODE.matcher(code).matches()) {
            return false;
        }
        try {
            Currency.getInstance(code);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    @Override
    public FieldKind kind() {
        return FieldKind.RESOURCES;
    }

    @Override
    public String headline() {
        return amount == null ? item : item + " – " + amount.toPlainString() + " " + currency;
    }
}
