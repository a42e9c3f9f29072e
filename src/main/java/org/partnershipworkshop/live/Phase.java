package org.partnershipworkshop.live;

import java.util.Optional;

/** The phases of a meeting that the facilitator steps through, in order. */
public enum Phase {
    PRESENTATIONS, GROUP_WORK, RESULTS, VOTING, CLOSED;

    public String labelKey() {
        return switch (this) {
            case PRESENTATIONS -> "live.phase.presentations";
            case GROUP_WORK -> "live.phase.groupwork";
            case RESULTS -> "live.phase.results";
            case VOTING -> "live.phase.voting";
            case CLOSED -> "live.phase.closed";
        };
    }

    public Optional<Phase> next() {
        return ordinal() + 1 < values().length ? Optional.of(values()[ordinal() + 1]) : Optional.empty();
    }

    public Optional<Phase> previous() {
        return ordinal() > 0 ? Optional.of(values()[ordinal() - 1]) : Optional.empty();
    }
}
