package org.partnershipworkshop.dialogue;

import com.vaadin.flow.shared.Registration;
import jakarta.annotation.PreDestroy;
import java.util.function.Consumer;
import org.partnershipworkshop.base.Broadcaster;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/** Tells open screens (the projector's feedback screen, the meeting page) that a meeting's form changed, once committed. */
@Component
class DialogueBroadcaster {

    private final Broadcaster<FeedbackChanged> events = new Broadcaster<>("feedback-events");

    Registration subscribe(long meetingId, Consumer<FeedbackChanged> listener) {
        return events.subscribe(meetingId, listener);
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void committed(FeedbackChanged event) {
        events.publish(event.meetingId(), event);
    }

    int listenerCount() {
        return events.listenerCount();
    }

    @PreDestroy
    void close() {
        events.close();
    }
}
