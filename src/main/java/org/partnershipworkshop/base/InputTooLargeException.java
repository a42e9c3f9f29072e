package org.partnershipworkshop.base;

/** Input over a size limit: the API answers 413. */
public class InputTooLargeException extends ValidationFailedException {

    public InputTooLargeException(Violation violation) {
        super(violation);
    }
}
