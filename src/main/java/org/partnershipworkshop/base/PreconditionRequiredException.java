package org.partnershipworkshop.base;

/** A write that must say which revision it is based on did not (HTTP 428). */
public class PreconditionRequiredException extends RuntimeException {

    public PreconditionRequiredException(String message) {
        super(message);
    }
}
