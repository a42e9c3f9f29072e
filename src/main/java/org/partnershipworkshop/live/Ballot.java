package org.partnershipworkshop.live;

import java.util.List;

/**
 * One table's voting paper: the other tables' services with the dots this table gave each, and how many
 * of its dots are left. A table never votes for its own service.
 */
public record Ballot(long groupId, Phase phase, int votesPerTable, List<Option> options) {

    public Ballot {
        options = List.copyOf(options);
    }

    public record Option(long groupId, int number, String name, String headline, int dots) {
    }

    public boolean open() {
        return phase == Phase.VOTING;
    }

    public int used() {
        return options.stream().mapToInt(Option::dots).sum();
    }

    public int left() {
        return Math.max(0, votesPerTable - used());
    }
}
