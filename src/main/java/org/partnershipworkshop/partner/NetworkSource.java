package org.partnershipworkshop.partner;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.partnershipworkshop.base.ClusterMessages;
import org.partnershipworkshop.base.NotFoundException;
import org.partnershipworkshop.base.SystemTask;
import org.partnershipworkshop.canvas.Canvas;
import org.partnershipworkshop.canvas.CanvasSaved;
import org.partnershipworkshop.canvas.CanvasService;
import org.partnershipworkshop.canvas.CanvasSnapshot;
import org.partnershipworkshop.canvas.Note;
import org.partnershipworkshop.canvas.PartnerNames;
import org.partnershipworkshop.meeting.MeetingChanged;
import org.partnershipworkshop.meeting.MeetingDetails;
import org.partnershipworkshop.meeting.MeetingService;
import org.partnershipworkshop.partner.NetworkState.CanvasPart;
import org.partnershipworkshop.partner.NetworkState.GroupPart;
import org.partnershipworkshop.partner.NetworkState.MeetingPart;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the registry and the network in memory and up to date without rebuilding on every request: saves,
 * meeting changes and registry changes only mark what changed (after their commit); the next reader re-reads
 * just that — one meeting, a few canvases, the registry — and rebuilds the graph from memory. A canvas name
 * the registry does not know yet gets its partner here, so imports, the editor and the API all link the same
 * way, and an installation that had canvases before the registry catches up on first use.
 */
@Service
class NetworkSource {

    private static final Logger log = LoggerFactory.getLogger(NetworkSource.class);

    /** Canvas fields that name a service's target group, by template: smart diagram, practice passport. */
    static final List<String> TARGET_GROUP_FIELDS = List.of("targetGroup", "beneficiaries");
    private static final int BATCH = 500;

    private final MeetingService meetings;
    private final CanvasService canvases;
    private final PartnerRepository partners;
    private final PartnerNameRepository names;
    private final PartnerDistinctRepository distinct;
    private final PartnerLinker linker;
    private final TransactionTemplate reading;
    private final ClusterMessages cluster;

    // What was read, changed only while holding the lock.
    private final Map<Long, MeetingPart> meetingParts = new HashMap<>();
    private final Map<Long, CanvasPart> canvasParts = new HashMap<>();
    private Registry registry = Registry.EMPTY;

    // What changed since, set by listeners after each commit.
    private final Set<Long> changedMeetings = ConcurrentHashMap.newKeySet();
    private final Set<Long> changedGroups = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean everythingChanged = new AtomicBoolean(true);
    private final AtomicBoolean registryChanged = new AtomicBoolean(true);
    private volatile NetworkState state;
    private volatile long builtAt;

    NetworkSource(MeetingService meetings, CanvasService canvases, PartnerRepository partners,
                  PartnerNameRepository names, PartnerDistinctRepository distinct, PartnerLinker linker,
                  PlatformTransactionManager transactions, ClusterMessages cluster) {
        this.meetings = meetings;
        this.canvases = canvases;
        this.partners = partners;
        this.names = names;
        this.distinct = distinct;
        this.linker = linker;
        this.reading = new TransactionTemplate(transactions);
        reading.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        reading.setReadOnly(true);
        this.cluster = cluster;
        // Changes made on other instances of the installation mark this instance's copy stale too.
        cluster.listen("canvas", payload -> changedGroups.add(Long.parseLong(payload.substring(0, payload.indexOf(',')))));
        cluster.listen(CHANNEL, payload -> {
            if (payload.startsWith("meeting:")) {
                changedMeetings.add(Long.parseLong(payload.substring("meeting:".length())));
            } else {
                registryChanged.set(true);
            }
        });
    }

    private static final String CHANNEL = "partner-network";

    @TransactionalEventListener
    void canvasSaved(CanvasSaved event) {
        changedGroups.add(event.groupId());
    }

    @TransactionalEventListener
    void meetingChanged(MeetingChanged event) {
        changedMeetings.add(event.meetingId());
        cluster.send(CHANNEL, "meeting:" + event.meetingId());
    }

    @TransactionalEventListener
    void registryChanged(RegistryChanged event) {
        registryChanged.set(true);
        cluster.send(CHANNEL, "registry");
    }

    /** The current state, re-read first where data changed. */
    NetworkState current() {
        NetworkState now = state;
        if (now != null && !stale()) {
            return now;
        }
        synchronized (this) {
            if (state == null || stale()) {
                state = SystemTask.run(this::refresh);
                builtAt = System.nanoTime();
            }
            return state;
        }
    }

    /**
     * The state, allowed to miss canvas saves of the last {@code maxAge}: for suggestions in the editor, which
     * need not follow every save of every table as it happens. Other changes are always read first.
     */
    NetworkState recent(Duration maxAge) {
        NetworkState now = state;
        boolean onlySaves = !everythingChanged.get() && !registryChanged.get() && changedMeetings.isEmpty();
        if (now != null && onlySaves && (changedGroups.isEmpty() || System.nanoTime() - builtAt < maxAge.toNanos())) {
            return now;
        }
        return current();
    }

    private boolean stale() {
        return everythingChanged.get() || registryChanged.get() || !changedMeetings.isEmpty() || !changedGroups.isEmpty();
    }

    /** Re-reads what changed. Flags are taken before reading, so a change committed meanwhile is seen next time. */
    private NetworkState refresh() {
        long started = System.nanoTime();
        boolean everything = everythingChanged.getAndSet(false);
        boolean registryDirty = registryChanged.getAndSet(false);
        Set<Long> meetingIds = drain(changedMeetings);
        Set<Long> groupIds = drain(changedGroups);
        try {
            reading.executeWithoutResult(tx -> {
                Set<Long> existing = new HashSet<>();
                meetings.list().forEach(m -> existing.add(m.id()));
                if (everything) {
                    meetingParts.clear();
                    canvasParts.clear();
                    existing.forEach(id -> readMeeting(id, groupIds));
                } else {
                    // A deleted meeting is not asked for: the service's "not found" would spoil this transaction.
                    meetingIds.forEach(id -> {
                        if (existing.contains(id)) {
                            readMeeting(id, groupIds);
                        } else {
                            forgetMeeting(id);
                        }
                    });
                }
                readCanvases(groupIds);
            });
            if (registryDirty || everything) {
                registry = reading.execute(tx -> readRegistry());
            }
            Map<String, String> unlinked = unlinkedNames();
            if (!unlinked.isEmpty()) {
                linker.link(unlinked);
                registry = reading.execute(tx -> readRegistry());
            }
            NetworkState built = NetworkState.build(meetingParts.values(), canvasParts, registry);
            log.debug("Partner network read in {} ms: {} meetings re-read, {} canvases re-read, {} partners, {} links",
                    (System.nanoTime() - started) / 1_000_000, everything ? meetingParts.size() : meetingIds.size(),
                    groupIds.size(), built.network().partners().size(), built.network().linkCount());
            return built;
        } catch (RuntimeException e) {
            // Nothing is lost: what was not read is read by the next caller.
            if (everything) {
                everythingChanged.set(true);
            }
            if (registryDirty) {
                registryChanged.set(true);
            }
            changedMeetings.addAll(meetingIds);
            changedGroups.addAll(groupIds);
            throw e;
        }
    }

    private static Set<Long> drain(Set<Long> changed) {
        Set<Long> taken = new HashSet<>(changed);
        changed.removeAll(taken);
        return taken;
    }

    /** A deleted meeting: its services leave the network. */
    private void forgetMeeting(long meetingId) {
        MeetingPart before = meetingParts.remove(meetingId);
        if (before != null) {
            before.groups().forEach(g -> canvasParts.remove(g.groupId()));
        }
    }

    /** Reads one meeting; canvases of groups it gained are read too, those of groups it lost are dropped. */
    private void readMeeting(long meetingId, Set<Long> groupIds) {
        MeetingPart before = meetingParts.remove(meetingId);
        Set<Long> lost = new HashSet<>();
        if (before != null) {
            before.groups().forEach(g -> lost.add(g.groupId()));
        }
        try {
            MeetingDetails details = meetings.details(meetingId);
            List<GroupPart> groups = details.groups().stream()
                    .map(g -> new GroupPart(g.id(), g.number(), g.name())).toList();
            meetingParts.put(meetingId, new MeetingPart(meetingId, details.facts().title(),
                    details.facts().startDate(), details.facts().regions(), groups));
            for (GroupPart g : groups) {
                lost.remove(g.groupId());
                if (!canvasParts.containsKey(g.groupId())) {
                    groupIds.add(g.groupId());
                }
            }
        } catch (NotFoundException deleted) {
            // the meeting is gone: so are its services
        }
        lost.forEach(canvasParts::remove);
    }

    private void readCanvases(Set<Long> groupIds) {
        List<Long> ids = new ArrayList<>(groupIds);
        for (int from = 0; from < ids.size(); from += BATCH) {
            List<Long> batch = ids.subList(from, Math.min(ids.size(), from + BATCH));
            Map<Long, CanvasSnapshot> current = canvases.current(batch);
            for (Long groupId : batch) {
                CanvasSnapshot snapshot = current.get(groupId);
                if (snapshot == null) {
                    canvasParts.remove(groupId);
                } else {
                    canvasParts.put(groupId, canvasPart(snapshot));
                }
            }
        }
    }

    static CanvasPart canvasPart(CanvasSnapshot snapshot) {
        return new CanvasPart(snapshot.groupId(), targetGroup(snapshot.canvas()), snapshot.canvas().partners());
    }

    /** The target group notes of a canvas, joined; empty when the template has no such field. */
    static String targetGroup(Canvas canvas) {
        List<String> notes = new ArrayList<>();
        TARGET_GROUP_FIELDS.forEach(f -> canvas.entries(f, Note.class).forEach(n -> notes.add(n.text())));
        return String.join("; ", notes);
    }

    private Registry readRegistry() {
        List<Registry.Entry> entries = partners.findAllWithAliases().stream()
                .map(p -> new Registry.Entry(p.id(), p.details(), p.mergedInto(), p.version())).toList();
        List<Registry.Name> linked = names.findAll().stream()
                .map(n -> new Registry.Name(n.normalizedName(), n.partnerId(), n.spelling())).toList();
        List<long[]> pairs = distinct.findAll().stream().map(d -> new long[] {d.firstId(), d.secondId()}).toList();
        return new Registry(entries, linked, pairs);
    }

    /** Canvas names without a registry partner yet, each with its first spelling (by meeting, group, position). */
    private Map<String, String> unlinkedNames() {
        Map<String, String> unlinked = new LinkedHashMap<>();
        meetingParts.values().stream()
                .sorted(MeetingPart.BY_DATE)
                .flatMap(m -> m.groups().stream())
                .map(g -> canvasParts.get(g.groupId()))
                .filter(Objects::nonNull)
                .flatMap(c -> c.partners().stream())
                .forEach(entry -> {
                    String key = PartnerNames.normalize(entry.name());
                    if (!registry.knows(key)) {
                        unlinked.putIfAbsent(key, entry.name());
                    }
                });
        return unlinked;
    }
}
