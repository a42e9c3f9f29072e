package org.partnershipworkshop.base;

/** Input that cannot be read at all (not JSON, not UTF-8): the API answers 400 rather than 422. */
public class UnreadableInputException extends ValidationFailedException {

    public UnreadableInputException(Violation violation) {
        super(violation);
    }
}
