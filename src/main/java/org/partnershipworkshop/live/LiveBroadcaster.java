package org.partnershipworkshop.live;

import com.vaadin.flow.shared.Registration;
import jakarta.annotation.PreDestroy;
import java.util.function.Consumer;
import org.partnershipworkshop.base.Broadcaster;
import org.partnershipworkshop.base.ClusterMessages;
import org.partnershipworkshop.meeting.MeetingChanged;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells the screens of a meeting (projector, table laptops) that its room changed: phase, countdown, votes,
 * presence, closing. Changes that are written to the database go out once committed; presence at once.
 */
@Component
public class LiveBroadcaster {

    private static final String CHANNEL = "live";

    private final Broadcaster<LiveEvent> events = new Broadcaster<>("live-events");
    private final LiveSeats seats;
    private final ClusterMessages cluster;

    LiveBroadcaster(LiveSeats seats, ClusterMessages cluster) {
        this.seats = seats;
        this.cluster = cluster;
        // Room changes made on another instance (phase, countdown, votes, closing) reach this one's screens.
        cluster.listen(CHANNEL, payload -> {
            String[] parts = payload.split(",", 2);
            LiveEvent event = new LiveEvent(Long.parseLong(parts[0]), LiveEvent.Kind.valueOf(parts[1]));
            seats.forget(event.meetingId());
            events.publish(event.meetingId(), event);
        });
    }

    Registration subscribe(long meetingId, Consumer<LiveEvent> listener) {
        return events.subscribe(meetingId, listener);
    }

    /** A committed change: the seat check forgets the meeting's phase first, so listeners see the new one. */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void committed(LiveEvent event) {
        seats.forget(event.meetingId());
        events.publish(event.meetingId(), event);
        cluster.send(CHANNEL, event.meetingId() + "," + event.kind().name());
    }

    /** An edited meeting (a group added, renamed, removed): its projectors re-read the tables. */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void meetingChanged(MeetingChanged event) {
        committed(new LiveEvent(event.meetingId(), LiveEvent.Kind.MEETING));
    }

    /** Presence is this instance's own (its connections), so it is not sent to the others. */
    void now(LiveEvent event) {
        events.publish(event.meetingId(), event);
    }

    /** Screens listening now; zero once every projector and table screen is closed. */
    public int listenerCount() {
        return events.listenerCount();
    }

    @PreDestroy
    void close() {
        events.close();
    }
}
