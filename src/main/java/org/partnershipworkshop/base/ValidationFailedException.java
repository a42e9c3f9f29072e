package org.partnershipworkshop.base;

import java.util.List;

/** Input broke one or more rules; nothing was changed. */
public class ValidationFailedException extends RuntimeException {

    private final List<Violation> violations;

    public ValidationFailedException(List<Violation> violations) {
        super(violations.stream().map(v -> (v.path().isEmpty() ? "" : v.path() + ": ") + v.key() + v.args())
                .reduce((a, b) -> a + "; " + b).orElse("invalid"));
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("a validation failure needs at least one violation");
        }
        this.violations = List.copyOf(violations);
    }

    public ValidationFailedException(Violation violation) {
        this(List.of(violation));
    }

    public static ValidationFailedException of(String key, Object... args) {
        return new ValidationFailedException(Violation.of("", key, args));
    }

    public List<Violation> violations() {
        return violations;
    }
}
