package org.partnershipworkshop.partner;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.partnershipworkshop.audit.AuditService;
import org.partnershipworkshop.base.Access;
import org.partnershipworkshop.base.Csv;
import org.partnershipworkshop.base.NotFoundException;
import org.partnershipworkshop.base.ValidationFailedException;
import org.partnershipworkshop.base.Violation;
import org.partnershipworkshop.canvas.Canvas;
import org.partnershipworkshop.canvas.PartnerNames;
import org.partnershipworkshop.canvas.SuggestedPartner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.partnershipworkshop.base.Actor;

/**
 * The partner registry and the partner–service network across meetings. Every partner entry on a canvas
 * links to one registry partner by its normalized name; a manager renames, merges (undoably) and describes
 * partners, and never changes what groups wrote. The network is read from memory ({@link NetworkSource}).
 */
@Service
public class PartnerService {

    /** Most likely duplicates listed at once. */
    static final int DUPLICATES_SHOWN = 200;
    /** How far behind the tables' latest saves the editor's suggestions may be. */
    static final Duration SUGGESTIONS_MAX_AGE = Duration.ofSeconds(30);

    private final NetworkSource source;
    private final PartnerRepository partners;
    private final PartnerNameRepository names;
    private final PartnerMergeRepository merges;
    private final PartnerDistinctRepository distinct;
    private final ApplicationEventPublisher events;
    private final AuditService audit;
    private final Clock clock;

    PartnerService(NetworkSource source, PartnerRepository partners, PartnerNameRepository names,
                   PartnerMergeRepository merges, PartnerDistinctRepository distinct, ApplicationEventPublisher events, AuditService audit,
                   Optional<Clock> clock) {
        this.source = source;
        this.partners = partners;
        this.names = names;
        this.merges = merges;
        this.distinct = distinct;
        this.events = events;
        this.audit = audit;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    // --- registry

    /** Every active partner, with its numbers of services and meetings, by name. */
    @Transactional(readOnly = true)
    @PreAuthorize(Access.MANAGER)
    public List<PartnerSummary> partners() {
        NetworkState state = source.current();
        return state.registry().active().stream().map(e -> summary(state, e))
                .sorted(Comparator.comparing(PartnerSummary::name, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Access.MANAGER)
    public PartnerProfile partner(long partnerId) {
        NetworkState state = source.current();
        Registry.Entry entry = state.registry().find(partnerId).orElseThrow(() -> new NotFoundException("partner", partnerId));
        if (!entry.active()) {
            // A merged partner is found under the partner it was merged into.
            return partner(entry.mergedInto());
        }
        PartnerNetwork network = state.network();
        List<ServiceLink> links = state.partnerNode(partnerId).filter(network::contains).map(network::links).orElse(List.of());
        List<PartnerMerge> history = new ArrayList<>();
        for (Registry.Entry merged : state.registry().mergedInto(partnerId)) {
            merges.findActiveByMergedId(merged.id()).forEach(m -> history.add(m.toRecord(entry.name(), merged.name(), true)));
        }
        return new PartnerProfile(summary(state, entry), entry.details(), entry.version(),
                state.registry().spellings(partnerId), links, history);
    }

    /**
     * Records a partner's name, type, region, notes and aliases. A new name also links canvas entries written
     * that way from now on (entries written the old way stay linked); a name another partner already has is
     * refused: merge the two instead.
     */
    @Transactional
    @PreAuthorize(Access.MANAGER)
    public void update(long partnerId, long expectedVersion, PartnerDetails details) {
        PartnerEntity entity = active(partnerId);
        if (entity.version() != expectedVersion) {
            throw ValidationFailedException.of("partner.error.changed");
        }
        String key = PartnerNames.normalize(details.name());
        Optional<PartnerNameEntity> owner = names.findById(key);
        if (owner.isPresent() && owner.get().partnerId() != partnerId) {
            String other = partners.findById(owner.get().partnerId()).map(PartnerEntity::name).orElse("?");
            throw new ValidationFailedException(Violation.of("name", "partner.error.nameTaken", other));
        }
        if (owner.isEmpty()) {
            names.save(new PartnerNameEntity(key, partnerId, details.name()));
        }
        String before = entity.name();
        entity.set(details, clock.instant());
        partners.saveAndFlush(entity);
        audit.record("partner.updated", "partner " + partnerId, before.equals(details.name()) ? details.name()
                : before + " → " + details.name());
        events.publishEvent(new RegistryChanged());
    }

    /**
     * Merges one partner into another: every canvas name linked to the merged partner now links to the kept
     * one, whose aliases gain the merged partner's names. Canvas text does not change. Undo with
     * {@link #undoMerge}.
     */
    @Transactional
    @PreAuthorize(Access.MANAGER)
    public PartnerMerge merge(long keptId, long mergedId) {
        if (keptId == mergedId) {
            throw ValidationFailedException.of("partner.error.mergeSelf");
        }
        PartnerEntity kept = active(keptId);
        PartnerEntity merged = active(mergedId);
        Set<String> moved = new HashSet<>();
        for (PartnerNameEntity name : names.findByPartnerId(mergedId)) {
            name.moveTo(keptId);
            moved.add(name.normalizedName());
        }
        merged.mergeInto(keptId, clock.instant());
        kept.set(kept.details(), clock.instant()); // a new version: a concurrent merge of the kept partner fails
        PartnerMergeEntity record = merges.save(new PartnerMergeEntity(keptId, mergedId, moved, clock.instant(),
                Actor.current()));
        partners.flush();
        audit.record("partner.merged", "partner " + keptId, merged.name() + " → " + kept.name());
        events.publishEvent(new RegistryChanged());
        return record.toRecord(kept.name(), merged.name(), true);
    }

    /** Takes a merge back: the names it moved link to the merged partner again, which is active again. */
    @Transactional
    @PreAuthorize(Access.MANAGER)
    public void undoMerge(long mergeId) {
        PartnerMergeEntity merge = merges.findById(mergeId).orElseThrow(() -> new NotFoundException("merge", mergeId));
        if (merge.undone()) {
            throw ValidationFailedException.of("partner.error.alreadyUndone");
        }
        PartnerEntity kept = partners.findById(merge.keptId()).orElseThrow(() -> new NotFoundException("partner", merge.keptId()));
        if (!kept.active()) {
            String later = partners.findById(kept.mergedInto()).map(PartnerEntity::name).orElse("?");
            throw ValidationFailedException.of("partner.error.undoLaterFirst", kept.name(), later);
        }
        PartnerEntity merged = partners.findById(merge.mergedId())
                .orElseThrow(() -> new NotFoundException("partner", merge.mergedId()));
        names.findAllById(merge.movedNames()).stream().filter(n -> n.partnerId() == merge.keptId())
                .forEach(n -> n.moveTo(merge.mergedId()));
        merged.mergeInto(null, clock.instant());
        kept.set(kept.details(), clock.instant());
        merge.undo(clock.instant(), Actor.current());
        partners.flush();
        audit.record("partner.unmerged", "partner " + merge.keptId(), merged.name() + " ← " + kept.name());
        events.publishEvent(new RegistryChanged());
    }

    /** The latest merges, newest first, with whether each can still be undone. */
    @Transactional(readOnly = true)
    @PreAuthorize(Access.MANAGER)
    public List<PartnerMerge> merges(int limit) {
        Registry registry = source.current().registry();
        return merges.findLatest(PageRequest.of(0, Math.max(1, limit))).stream().map(m -> {
            Optional<Registry.Entry> kept = registry.find(m.keptId());
            return m.toRecord(kept.map(Registry.Entry::name).orElse("?"),
                    registry.find(m.mergedId()).map(Registry.Entry::name).orElse("?"),
                    kept.map(Registry.Entry::active).orElse(false));
        }).toList();
    }

    /** Pairs of partners whose names look alike (see {@link NameLikeness}), most alike first. */
    @Transactional(readOnly = true)
    @PreAuthorize(Access.MANAGER)
    public List<DuplicateSuggestion> duplicates() {
        NetworkState state = source.current();
        Registry registry = state.registry();
        return state.likelyDuplicates().stream()
                .filter(p -> !registry.saidDistinct(p.first(), p.second()))
                .limit(DUPLICATES_SHOWN)
                .map(p -> new DuplicateSuggestion(summary(state, registry.find(p.first()).orElseThrow()),
                        summary(state, registry.find(p.second()).orElseThrow()), p.likeness().score(),
                        p.likeness().reason()))
                .toList();
    }

    /** Records that two partners are different, so they are not suggested as duplicates again. */
    @Transactional
    @PreAuthorize(Access.MANAGER)
    public void markDistinct(long firstId, long secondId) {
        if (firstId == secondId) {
            throw ValidationFailedException.of("partner.error.mergeSelf");
        }
        active(firstId);
        active(secondId);
        PartnerDistinctEntity pair = new PartnerDistinctEntity(firstId, secondId);
        if (distinct.findById(new PartnerDistinctEntity.Pair(pair.firstId(), pair.secondId())).isEmpty()) {
            distinct.save(pair);
            audit.record("partner.distinct", "partner " + firstId, "not the same as partner " + secondId);
            events.publishEvent(new RegistryChanged());
        }
    }

    // --- network

    /** The part of the partner–service network the filter selects (all meetings for {@link NetworkFilter#ALL}). */
    @Transactional(readOnly = true)
    @PreAuthorize(Access.MANAGER)
    public PartnerNetwork network(NetworkFilter filter) {
        NetworkState state = source.current();
        if (filter.meetingId() != null && state.meetings().stream().noneMatch(m -> m.meetingId() == filter.meetingId())) {
            throw new NotFoundException("meeting", filter.meetingId());
        }
        return state.network(filter);
    }

    /** Partners of the filtered network, most connected (or most between) first; at most {@code limit}. */
    @Transactional(readOnly = true)
    @PreAuthorize(Access.MANAGER)
    public List<PartnerRank> ranking(NetworkFilter filter, RankingOrder order, int limit) {
        PartnerNetwork network = network(filter);
        List<PartnerNode> sorted = order == RankingOrder.BETWEENNESS ? network.byBetweenness() : network.byDegree();
        return sorted.stream().limit(Math.max(0, limit)).map(p -> new PartnerRank(p, network.degree(p),
                network.betweenness(p), network.meetingsOf(p).size(), network.community(p))).toList();
    }

    /** The filtered network in a file format (see {@link NetworkFormat}). */
    @Transactional(readOnly = true)
    @PreAuthorize(Access.MANAGER)
    public byte[] export(NetworkFilter filter, NetworkFormat format) {
        return NetworkExport.write(network(filter), format);
    }

    /** A ranking as CSV: id, name, type, degree, betweenness, services, meetings, community. */
    @Transactional(readOnly = true)
    @PreAuthorize(Access.MANAGER)
    public byte[] rankingCsv(NetworkFilter filter, RankingOrder order, int limit) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("id", "name", "type", "degree", "betweenness", "services", "meetings", "community"));
        for (PartnerRank r : ranking(filter, order, limit)) {
            rows.add(List.of(String.valueOf(r.partner().partnerId()), r.partner().name(),
                    r.partner().type() == null ? "" : r.partner().type().id(), String.valueOf(r.degree()),
                    String.valueOf(r.betweenness()), String.valueOf(r.services()), String.valueOf(r.meetings()),
                    String.valueOf(r.community())));
        }
        return Csv.write(rows);
    }

    /** The regions of all meetings, for filters. */
    @Transactional(readOnly = true)
    @PreAuthorize(Access.MANAGER)
    public List<String> regions() {
        return source.current().regions();
    }

    /** Partners to suggest for a group's canvas as it stands (see {@link CanvasSuggester}). */
    @Transactional(readOnly = true)
    @PreAuthorize(Access.READ_GROUP)
    public List<SuggestedPartner> suggestFor(long groupId, Canvas canvas, int limit) {
        NetworkState state = source.recent(SUGGESTIONS_MAX_AGE);
        String groupName = state.network().service(groupId).map(ServiceNode::groupName).orElse(null);
        return CanvasSuggester.suggest(state, groupId, groupName, canvas, limit);
    }

    private PartnerEntity active(long partnerId) {
        PartnerEntity entity = partners.findById(partnerId).orElseThrow(() -> new NotFoundException("partner", partnerId));
        if (!entity.active()) {
            throw ValidationFailedException.of("partner.error.merged", entity.name());
        }
        return entity;
    }

    private static PartnerSummary summary(NetworkState state, Registry.Entry entry) {
        PartnerNetwork network = state.network();
        PartnerNode node = state.partnerNode(entry.id()).orElseThrow();
        boolean linked = network.contains(node);
        return new PartnerSummary(entry.id(), entry.name(), node.type(), entry.details().type() != null,
                entry.details().region(), state.regionsOf(node), state.registry().aliases(entry.id()),
                linked ? network.degree(node) : 0, linked ? network.meetingsOf(node).size() : 0);
    }
}
