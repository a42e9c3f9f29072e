package org.partnershipworkshop.live;

/** The join code is unknown, belongs to a closed meeting, or the meeting has no such table. */
public class WrongJoinException extends RuntimeException {

    public WrongJoinException() {
        super("wrong join code or table");
    }
}
