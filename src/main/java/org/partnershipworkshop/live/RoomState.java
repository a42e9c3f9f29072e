package org.partnershipworkshop.live;

/** A meeting's room: never used or resting between phases, in use, or closed by the facilitator. */
public enum RoomState { IDLE, ACTIVE, CLOSED }
