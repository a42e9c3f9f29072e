package org.partnershipworkshop.live;

import java.util.List;

/** The vote as the projector shows it: votes per service (most first) and how many dots each table used. */
public record VotingResults(int votesPerTable, boolean shown, List<Tally> tallies, List<Voter> voters) {

    public VotingResults {
        tallies = List.copyOf(tallies);
        voters = List.copyOf(voters);
    }

    public record Tally(long groupId, int number, String name, String headline, int votes) {
    }

    public record Voter(long groupId, int number, int used) {
    }

    public int cast() {
        return voters.stream().mapToInt(Voter::used).sum();
    }

    public int possible() {
        return votesPerTable * voters.size();
    }

    public int mostVotes() {
        return tallies.stream().mapToInt(Tally::votes).max().orElse(0);
    }
}
