package org.partnershipworkshop.base;

/** A save named a revision that is no longer the current one; nothing was written. */
public class StaleRevisionException extends RuntimeException {

    private final long currentRevision;

    public StaleRevisionException(long expected, long currentRevision) {
        this("the canvas", expected, currentRevision);
    }

    /** {@code what} names what changed since, e.g. "the row". */
    public StaleRevisionException(String what, long expected, long currentRevision) {
        super("revision " + expected + " is stale; " + what + " is at revision " + currentRevision);
        this.currentRevision = currentRevision;
    }

    public long currentRevision() {
        return currentRevision;
    }
}
