package org.partnershipworkshop.live;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * A meeting's join code: 8 characters from an alphabet without look-alikes (no 0/O, 1/I/L), so it can be
 * read from a projector and typed without mistakes. 31^8 ≈ 8.5·10^11 codes; with 10 wrong tries a minute
 * per client, guessing one is hopeless.
 */
public record JoinCode(String value) {

    public static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    public static final int LENGTH = 8;
    private static final RandomGenerator RANDOM = new SecureRandom();

    public JoinCode {
        if (!isWellFormed(value)) {
            throw new IllegalArgumentException("not a join code: " + value);
        }
    }

    public static JoinCode random() {
        return random(RANDOM);
    }

    static JoinCode random(RandomGenerator random) {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return new JoinCode(code.toString());
    }

    /** What a person typed, as a code: case, spaces and dashes do not matter. Empty when it cannot be one. */
    public static Optional<JoinCode> parse(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String value = typed.replaceAll("[\\s\\-–·.]", "").toUpperCase(Locale.ROOT);
        return isWellFormed(value) ? Optional.of(new JoinCode(value)) : Optional.empty();
    }

    private static boolean isWellFormed(String value) {
        return value != null && value.length() == LENGTH && value.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0);
    }

    /** Two groups of four, as shown in big letters: {@code ABCD EFGH}. */
    public String grouped() {
        return value.substring(0, 4) + " " + value.substring(4);
    }

    @Override
    public String toString() {
        return value;
    }
}
