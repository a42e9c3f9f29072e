package org.partnershipworkshop.security;

import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * A participant seated at a table: principal {@link TableSeat}, authority ROLE_PARTICIPANT. The same
 * authentication stands behind a joined browser session and behind a bearer token of the API.
 */
public final class SeatAuthentication extends AbstractAuthenticationToken {

    public static final String ROLE = "ROLE_PARTICIPANT";

    private final TableSeat seat;

    public SeatAuthentication(TableSeat seat) {
        super(List.of(new SimpleGrantedAuthority(ROLE)));
        this.seat = seat;
        setAuthenticated(true);
    }

    @Override
    public TableSeat getPrincipal() {
        return seat;
    }

    @Override
    public Object getCredentials() {
        return "";
    }

    @Override
    public String getName() {
        return seat.displayName();
    }
}
