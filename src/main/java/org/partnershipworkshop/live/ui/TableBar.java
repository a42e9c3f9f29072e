package org.partnershipworkshop.live.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.shared.Registration;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.partnershipworkshop.security.TableAccess;
import org.partnershipworkshop.base.ValidationFailedException;
import org.partnershipworkshop.base.ui.Problems;
import org.partnershipworkshop.base.ui.ScreenUpdates;
import org.partnershipworkshop.canvas.CanvasOwner;
import org.partnershipworkshop.live.Countdown;
import org.partnershipworkshop.live.LiveEvent;
import org.partnershipworkshop.live.LiveState;
import org.partnershipworkshop.live.Phase;
import org.partnershipworkshop.live.RoomService;
import org.partnershipworkshop.live.VotingService;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The meeting room in a table's editor header: the phase, the facilitator's countdown, the dot vote when it
 * is open, and "Leave table". While it is shown the table counts as connected on the projector. When the
 * facilitator closes the meeting, the table is told and its seat ends.
 */
@StyleSheet("./live.css")
class TableBar extends Div {

    private final RoomService room;
    private final VotingService voting;
    private final CanvasOwner owner;
    private final boolean seated;
    private final Span phase = new Span();
    private final CountdownDisplay countdown = new CountdownDisplay(Clock.systemUTC());
    private final Button vote = new Button();
    private final List<Registration> registrations = new ArrayList<>();
    private LiveState state;
    private VoteDialog voteDialog;

    TableBar(RoomService room, VotingService voting, CanvasOwner owner) {
        this.room = room;
        this.voting = voting;
        this.owner = owner;
        this.seated = TableAccess.current().map(seat -> seat.groupId() == owner.groupId()).orElse(false);
        addClassName("table-bar");
        phase.addClassName("phase-chip");
        vote.setIcon(VaadinIcon.CIRCLE.create());
        vote.addThemeVariants(ButtonVariant.PRIMARY);
        vote.addClassName("vote-button");
        vote.addClickListener(e -> openVote());
        add(phase, countdown, vote);
        if (seated) {
            Button leave = new Button(getTranslation("live.leave"), VaadinIcon.SIGN_OUT.create(), e -> confirmLeave());
            leave.addThemeVariants(ButtonVariant.TERTIARY);
            leave.addClassName("leave-button");
            add(leave);
        }
        show(room.state(owner.meetingId()));
    }

    @Override
    protected void onAttach(AttachEvent event) {
        ScreenUpdates<LiveEvent.Kind> updates = new ScreenUpdates<>(event.getUI(), this::changed);
        registrations.add(room.subscribe(owner.meetingId(), e -> updates.offer(e.kind())));
        registrations.add(room.connect(owner.groupId()));
        // a table that joins (or reloads) while the vote is open and still has dots is asked at once
        if (seated && state.phase() == Phase.VOTING && voteDialog == null && voting.ballot(owner.groupId()).left() > 0) {
            openVote();
        }
    }

    @Override
    protected void onDetach(DetachEvent event) {
        registrations.forEach(Registration::remove);
        registrations.clear();
    }

    private void changed(Set<LiveEvent.Kind> kinds) {
        if (kinds.contains(LiveEvent.Kind.CLOSED) && seated) {
            closed();
            return;
        }
        if (kinds.contains(LiveEvent.Kind.STATE)) {
            Phase before = state.phase();
            show(room.state(owner.meetingId()));
            if (before != Phase.VOTING && state.phase() == Phase.VOTING && seated) {
                openVote();
            }
        }
        if (kinds.contains(LiveEvent.Kind.VOTES) && voteDialog != null) {
            voteDialog.show(voting.ballot(owner.groupId()));
        }
    }

    private void show(LiveState next) {
        state = next;
        phase.setText(getTranslation(next.phase().labelKey()));
        phase.getElement().setAttribute("data-phase", next.phase().name());
        countdown.show(next.countdown());
        boolean voting = next.phase() == Phase.VOTING && canVote();
        vote.setVisible(voting);
        if (voting) {
            vote.setText(getTranslation("vote.button"));
        }
        if (!voting && voteDialog != null) {
            voteDialog.close();
        }
    }

    /** The table votes from its laptop; a facilitator may cast a table's dots for it (a table without a laptop). */
    private boolean canVote() {
        return seated || SecurityContextHolder.getContext().getAuthentication() != null
                && SecurityContextHolder.getContext().getAuthentication().getAuthorities().stream()
                .anyMatch(a -> "ROLE_FACILITATOR".equals(a.getAuthority()));
    }

    private void openVote() {
        if (voteDialog != null) {
            voteDialog.show(voting.ballot(owner.groupId()));
            voteDialog.open();
            return;
        }
        voteDialog = new VoteDialog(owner, (target, delta) -> {
            try {
                voteDialog.show(voting.vote(owner.groupId(), target, delta));
            } catch (ValidationFailedException e) {
                Problems.show(this, e);
                voteDialog.show(voting.ballot(owner.groupId()));
            }
        });
        voteDialog.addOpenedChangeListener(e -> {
            if (!e.isOpened()) {
                voteDialog = null;
            }
        });
        voteDialog.show(voting.ballot(owner.groupId()));
        voteDialog.open();
    }

    private void confirmLeave() {
        ConfirmDialog dialog = new ConfirmDialog(getTranslation("live.leave.title", owner.groupNumber()),
                getTranslation("live.leave.text"), getTranslation("live.leave"), e -> leave());
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.open();
    }

    private void leave() {
        TableSession.signOut(VaadinSession.getCurrent());
        UI.getCurrent().getPage().setLocation("join?" + JoinView.LEFT + "=" + owner.groupNumber());
    }

    /** The facilitator closed the meeting: the seat ends now, and the table is thanked and sent to the join page. */
    private void closed() {
        TableSession.signOut(VaadinSession.getCurrent());
        phase.setText(getTranslation(Phase.CLOSED.labelKey()));
        countdown.show(Countdown.IDLE);
        vote.setVisible(false);
        if (voteDialog != null) {
            voteDialog.close();
        }
        ConfirmDialog dialog = new ConfirmDialog(getTranslation("live.closed.title"), getTranslation("live.closed.text"),
                getTranslation("live.closed.ok"), e -> getUI().ifPresent(ui -> ui.getPage().setLocation(
                        "join?" + JoinView.ENDED + "=1")));
        dialog.addClassName("closed-dialog");
        dialog.setCloseOnEsc(false);
        dialog.open();
    }
}
