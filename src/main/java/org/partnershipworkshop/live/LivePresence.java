package org.partnershipworkshop.live;

import com.vaadin.flow.shared.Registration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.stereotype.Component;

/** Which table laptops are open now, counted per group; kept in memory (a restart reconnects every screen). */
@Component
class LivePresence {

    private final Map<Long, Map<Long, Integer>> laptops = new ConcurrentHashMap<>();
    private final LiveBroadcaster broadcaster;

    LivePresence(LiveBroadcaster broadcaster) {
        this.broadcaster = broadcaster;
    }

    Registration connect(long meetingId, long groupId) {
        laptops.computeIfAbsent(meetingId, m -> new ConcurrentHashMap<>()).merge(groupId, 1, Integer::sum);
        broadcaster.now(new LiveEvent(meetingId, LiveEvent.Kind.PRESENCE));
        AtomicBoolean connected = new AtomicBoolean(true);
        return () -> {
            if (connected.getAndSet(false)) {
                laptops.computeIfPresent(meetingId, (m, groups) -> {
                    groups.computeIfPresent(groupId, (g, count) -> count > 1 ? count - 1 : null);
                    return groups.isEmpty() ? null : groups;
                });
                broadcaster.now(new LiveEvent(meetingId, LiveEvent.Kind.PRESENCE));
            }
        };
    }

    Presence of(long meetingId) {
        return new Presence(laptops.getOrDefault(meetingId, Map.of()));
    }
}
