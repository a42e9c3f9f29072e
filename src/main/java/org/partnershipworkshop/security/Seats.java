package org.partnershipworkshop.security;

import java.util.Optional;

/**
 * Where seats at tables come from and when they end. The live facilitation feature implements it: a seat
 * ends when its meeting is closed, and a bearer token of the API names a seat. Without an implementation
 * every seat stays valid and no bearer token is known.
 */
public interface Seats {

    /** Whether the seat may still act (its meeting is open). Called on every service call of a participant. */
    boolean isValid(TableSeat seat);

    /** The seat a bearer token of the API stands for, if the token is known, unexpired and its meeting open. */
    Optional<TableSeat> forToken(String token);
}
