package org.partnershipworkshop.base;

/** The thing asked for does not exist (or is not visible to the caller). */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what, Object id) {
        super(what + " " + id + " not found");
    }
}
