package org.partnershipworkshop.live;

import java.util.Optional;
import org.partnershipworkshop.base.Access;
import org.partnershipworkshop.proceedings.VoteResultsSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Gives the proceedings the dot vote of a meeting: every service on the ballot with its votes, most first. */
@Service
class LiveVoteResults implements VoteResultsSource {

    private final LiveService live;

    LiveVoteResults(LiveService live) {
        this.live = live;
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize(Access.MANAGER)
    public Optional<VoteResults> results(long meetingId) {
        VotingResults results = live.results(meetingId);
        if (results.tallies().isEmpty() || results.cast() == 0) {
            return Optional.empty();
        }
        return Optional.of(new VoteResults(results.votesPerTable(), results.tallies().stream()
                .map(t -> new Tally(t.groupId(), t.number(), t.name(), t.votes())).toList()));
    }
}
