package org.partnershipworkshop.live;

/** What the facilitator shows so tables can join: the code, and whether it is accepted now. */
public record JoinInfo(long meetingId, JoinCode code, Phase phase) {

    public boolean open() {
        return phase != Phase.CLOSED;
    }
}
