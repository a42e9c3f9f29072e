package org.partnershipworkshop.live.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.partnershipworkshop.live.VotingResults;

/**
 * The dot vote on the projector: how many dots the tables have used (each table as a chip, so the room sees
 * who is still voting) and, once the facilitator shows them, the votes per service as bars, most first: tables with
 * as many votes share their place, and the ones tied at the top share the leader's colour and say "tie".
 */
class VoteChart extends Div {

    private final H2 title = new H2();
    private final Paragraph progress = new Paragraph();
    private final Div voters = new Div();
    private final Div bars = new Div();

    VoteChart() {
        addClassName("vote-chart");
        progress.addClassName("vote-progress");
        voters.addClassName("vote-voters");
        bars.addClassName("vote-bars");
        bars.getElement().setAttribute("role", "list");
        add(title, progress, voters, bars);
    }

    void show(VotingResults results) {
        title.setText(getTranslation("live.votes.title", results.votesPerTable()));
        long done = results.voters().stream().filter(v -> v.used() >= results.votesPerTable()).count();
        progress.setText(getTranslation("live.votes.progress", results.cast(), results.possible(), done,
                results.voters().size()));
        voters.removeAll();
        for (VotingResults.Voter voter : results.voters()) {
            Span chip = new Span(voter.number() + " " + "●".repeat(voter.used())
                    + "○".repeat(Math.max(0, results.votesPerTable() - voter.used())));
            chip.addClassName("vote-voter");
            chip.setClassName("done", voter.used() >= results.votesPerTable());
            voters.add(chip);
        }
        bars.removeAll();
        if (results.tallies().isEmpty()) {
            bars.add(new Paragraph(getTranslation("live.votes.noBallot")));
            return;
        }
        if (!results.shown()) {
            Paragraph hidden = new Paragraph(getTranslation("live.votes.hidden"));
            hidden.addClassName("vote-hidden");
            bars.add(hidden);
            return;
        }
        int most = Math.max(1, results.mostVotes());
        long leaders = results.tallies().stream().filter(t -> t.votes() == results.mostVotes() && t.votes() > 0).count();
        int place = 0;
        int previous = -1;
        for (int i = 0; i < results.tallies().size(); i++) {
            VotingResults.Tally tally = results.tallies().get(i);
            // ties share their place (1, 1, 3) and, at the top, the leader's colour
            place = tally.votes() == previous ? place : i + 1;
            previous = tally.votes();
            boolean leader = tally.votes() == results.mostVotes() && tally.votes() > 0;
            Span rank = new Span(getTranslation("live.votes.place", place));
            rank.addClassName("vote-bar-place");
            Span label = new Span(rank);
            label.addClassName("vote-bar-label");
            Span name = new Span(tally.name());
            name.addClassName("vote-bar-table");
            Div fill = new Div();
            fill.addClassName("vote-bar-fill");
            fill.getStyle().set("width", (100.0 * tally.votes() / most) + "%");
            Span count = new Span(String.valueOf(tally.votes()));
            count.addClassName("vote-bar-count");
            Div track = new Div(fill, count);
            track.addClassName("vote-bar-track");
            if (leader && leaders > 1) {
                // before the service's text, which is cut short when long: the tie must show
                Span tie = new Span(getTranslation("live.votes.tie"));
                tie.addClassName("vote-bar-tie");
                label.add(tie);
            }
            label.add(new com.vaadin.flow.component.Text(tally.number() + " · "
                    + (tally.headline() == null ? tally.name() : tally.headline())));
            Div bar = new Div(new Div(label, name), track);
            bar.addClassName("vote-bar");
            bar.setClassName("leader", leader);
            bar.getElement().setAttribute("data-place", String.valueOf(place));
            bar.getElement().setAttribute("role", "listitem");
            bar.getElement().setAttribute("data-table", String.valueOf(tally.number()));
            bar.getElement().setAttribute("data-votes", String.valueOf(tally.votes()));
            bars.add(bar);
        }
    }
}
