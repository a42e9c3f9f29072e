package org.partnershipworkshop.survey;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * The code in a form's link (a meeting's feedback form {@code /feedback/ABCD2345}, a reader survey {@code /survey/ABCD2345/12}): 8 characters without look-alikes, like a
 * join code, but a code of its own — it only lets people answer the form, and keeps working after the
 * meeting's room is closed (decision 0063).
 */
public record FormCode(String value) {

    public static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    public static final int LENGTH = 8;
    private static final RandomGenerator RANDOM = new SecureRandom();

    public FormCode {
        if (!isWellFormed(value)) {
            throw new IllegalArgumentException("not a form code: " + value);
        }
    }

    public static FormCode random() {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return new FormCode(code.toString());
    }

    /** A code as typed or taken from a link: case, spaces and dashes do not matter. */
    public static Optional<FormCode> parse(String typed) {
        if (typed == null || typed.length() > 32) {
            return Optional.empty();
        }
        String value = typed.replaceAll("[\\s\\-–·.]", "").toUpperCase(Locale.ROOT);
        return isWellFormed(value) ? Optional.of(new FormCode(value)) : Optional.empty();
    }

    private static boolean isWellFormed(String value) {
        return value != null && value.length() == LENGTH && value.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0);
    }

    @Override
    public String toString() {
        return value;
    }
}
