package org.partnershipworkshop.catalogue;

import com.vaadin.flow.shared.Registration;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.partnershipworkshop.base.Actor;
import org.partnershipworkshop.base.NotFoundException;
import org.partnershipworkshop.base.ValidationFailedException;
import org.partnershipworkshop.base.Violation;
import org.partnershipworkshop.canvas.Canvas;
import org.partnershipworkshop.canvas.CanvasEdit;
import org.partnershipworkshop.canvas.CanvasEntry;
import org.partnershipworkshop.canvas.CanvasService;
import org.partnershipworkshop.canvas.CanvasTemplate;
import org.partnershipworkshop.canvas.DocumentRules;
import org.partnershipworkshop.canvas.DocumentSaved;
import org.partnershipworkshop.canvas.DocumentSnapshot;
import org.partnershipworkshop.canvas.DocumentStore;
import org.partnershipworkshop.canvas.Indicator;
import org.partnershipworkshop.canvas.Note;
import org.partnershipworkshop.canvas.PartnerEntry;
import org.partnershipworkshop.canvas.Resource;
import org.partnershipworkshop.canvas.SaveResult;
import org.partnershipworkshop.canvas.Target;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;

/**
 * Where practices live: their facts, their two sheets (documents of the {@link DocumentStore}, every revision
 * kept), and what the catalogue derives from them for the list and the search (the name, the search text, the
 * participants by normalized name), refreshed in the transaction of every save. Used by {@link CatalogueService}
 * and {@link PracticeBackup}, which check the rights and record the audit; every method runs in their
 * transaction.
 */
@Service
class PracticeStore {

    static final String NAME_FIELD = "name";
    static final String PARTICIPANTS_FIELD = "participants";

    private final PracticeRepository practices;
    private final PracticePartnerRepository partners;
    private final DocumentStore documents;
    private final CanvasService canvases;
    private final Clock clock;

    PracticeStore(PracticeRepository practices, PracticePartnerRepository partners, DocumentStore documents,
                  CanvasService canvases, Optional<Clock> clock) {
        this.practices = practices;
        this.partners = partners;
        this.documents = documents;
        this.canvases = canvases;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    CanvasTemplate template(PracticeSheet sheet) {
        return canvases.findTemplate(sheet.templateId()).orElseThrow(() -> new IllegalStateException(
                "canvas template \"" + sheet.templateId() + "\" is not loaded; see the start-up log"));
    }

    /** A new practice with its passport (and project card, when given) as their first revisions. */
    PracticeEntity create(PracticeFacts facts, Canvas passport, Canvas projectCard) {
        List<Violation> problems = new ArrayList<>(problems(PracticeSheet.PASSPORT, passport, "passport"));
        if (projectCard != null) {
            problems.addAll(problems(PracticeSheet.PROJECT_CARD, projectCard, "projectCard"));
        }
        if (!problems.isEmpty()) {
            throw new ValidationFailedException(problems);
        }
        PracticeEntity practice = practices.saveAndFlush(new PracticeEntity(facts, clock.instant(), Actor.current()));
        create(practice, PracticeSheet.PASSPORT, passport);
        if (projectCard != null) {
            create(practice, PracticeSheet.PROJECT_CARD, projectCard);
        }
        return practice;
    }

    PracticeEntity practice(long practiceId) {
        return practices.findById(practiceId).orElseThrow(() -> new NotFoundException("practice", practiceId));
    }

    /** The practice, locked until the transaction ends: saves of one practice queue up. */
    PracticeEntity lock(long practiceId) {
        return practices.lockById(practiceId).orElseThrow(() -> new NotFoundException("practice", practiceId));
    }

    void setFacts(PracticeEntity practice, PracticeFacts facts) {
        practice.setFacts(facts, clock.instant(), Actor.current());
        refresh(practice);
    }

    /** The whole practice; where it was presented is the caller's to say (it reads the meeting). */
    PracticeDetails details(PracticeEntity practice, PracticeDetails.PresentedAt presentedAt) {
        DocumentSnapshot passport = current(practice.id(), PracticeSheet.PASSPORT)
                .orElseThrow(() -> new IllegalStateException("practice " + practice.id() + " has no passport"));
        return new PracticeDetails(practice.id(), practice.version(), practice.title(), practice.facts(), presentedAt,
                passport, current(practice.id(), PracticeSheet.PROJECT_CARD).orElse(null), practice.createdAt(),
                practice.createdBy());
    }

    Optional<DocumentSnapshot> current(long practiceId, PracticeSheet sheet) {
        return documents.find(sheet.key(practiceId));
    }

    /** A sheet the practice has not had yet, with its content as revision 1. */
    DocumentSnapshot create(PracticeEntity practice, PracticeSheet sheet, Canvas content) {
        DocumentSnapshot created = documents.create(sheet.key(practice.id()), sheet.templateId(), content, rules(sheet));
        saved(practice, created);
        return created;
    }

    /** Applies one change made on {@code baseRevision}; nothing is written when the sheet stays as it was. */
    SaveResult apply(PracticeEntity practice, PracticeSheet sheet, long baseRevision, CanvasEdit edit) {
        return saved(practice, documents.apply(sheet.key(practice.id()), baseRevision, edit, rules(sheet)));
    }

    /** Makes an earlier revision of the sheet current again, as a new revision (none when it holds the same). */
    SaveResult restore(PracticeEntity practice, PracticeSheet sheet, long revision) {
        return saved(practice, documents.restore(sheet.key(practice.id()), revision, rules(sheet)));
    }

    List<DocumentSnapshot> history(long practiceId, PracticeSheet sheet) {
        return documents.history(sheet.key(practiceId));
    }

    Registration subscribe(long practiceId, PracticeSheet sheet, Consumer<DocumentSaved> listener) {
        return documents.subscribe(sheet.key(practiceId), listener);
    }

    /** The practice with both sheets and all their revisions. */
    void delete(PracticeEntity practice) {
        for (PracticeSheet sheet : PracticeSheet.values()) {
            documents.delete(sheet.key(practice.id()));
        }
        practices.delete(practice);
    }

    /** The practices matching every part of the filter, most recently changed first. */
    List<PracticeEntity> search(CatalogueFilter filter) {
        List<Specification<PracticeEntity>> parts = new ArrayList<>();
        if (filter.region() != null) {
            String key = SearchKey.of(filter.region());
            parts.add((root, query, cb) -> cb.equal(root.get("regionKey"), key));
        }
        if (filter.targetGroup() != null) {
            String pattern = SearchKey.containing(SearchKey.of(filter.targetGroup()));
            parts.add((root, query, cb) -> cb.like(root.get("targetGroupKey"), pattern, '\\'));
        }
        if (filter.fromYear() != null || filter.toYear() != null) {
            parts.add((root, query, cb) -> {
                List<Predicate> ran = new ArrayList<>();
                ran.add(cb.isNotNull(root.get("fromYear")));
                if (filter.toYear() != null) {
                    ran.add(cb.le(root.get("fromYear"), filter.toYear()));
                }
                if (filter.fromYear() != null) {
                    ran.add(cb.or(cb.isNull(root.get("toYear")), cb.ge(root.get("toYear"), filter.fromYear())));
                }
                return cb.and(ran.toArray(Predicate[]::new));
            });
        }
        if (filter.partner() != null) {
            String pattern = SearchKey.containing(SearchKey.of(filter.partner()));
            parts.add((root, query, cb) -> {
                Subquery<Long> named = query.subquery(Long.class);
                Root<PracticePartnerEntity> partner = named.from(PracticePartnerEntity.class);
                named.select(partner.get("practiceId")).where(
                        cb.equal(partner.get("practiceId"), root.get("id")),
                        cb.like(partner.get("normalizedName"), pattern, '\\'));
                return cb.exists(named);
            });
        }
        if (filter.meetingId() != null) {
            parts.add((root, query, cb) -> cb.equal(root.get("meetingId"), filter.meetingId()));
        }
        for (String word : SearchKey.words(filter.text())) {
            String pattern = SearchKey.containing(word);
            parts.add((root, query, cb) -> cb.like(root.get("searchText"), pattern, '\\'));
        }
        return practices.findAll(Specification.allOf(parts), Sort.by(Sort.Order.desc("updatedAt"), Sort.Order.desc("id")));
    }

    List<PracticeEntity> atMeeting(long meetingId) {
        return practices.findByMeetingIdOrderById(meetingId);
    }

    boolean isEmpty() {
        return practices.count() == 0;
    }

    List<PracticeEntity> all() {
        return practices.findAllByOrderById();
    }

    /** The participants of each practice's passport, in passport order. */
    Map<Long, List<String>> participants(Collection<Long> practiceIds) {
        Map<Long, List<String>> result = new LinkedHashMap<>();
        if (practiceIds.isEmpty()) {
            return result;
        }
        partners.findByPracticeIdInOrderByPracticeIdAscPositionAsc(practiceIds)
                .forEach(p -> result.computeIfAbsent(p.practiceId(), id -> new ArrayList<>()).add(p.name()));
        return result;
    }

    /** Which of the practices have a project card. */
    Set<Long> withProjectCard(Collection<Long> practiceIds) {
        return documents.ownersWith(PracticeSheet.OWNER, PracticeSheet.PROJECT_CARD.id(), practiceIds);
    }

    CatalogueChoices choices() {
        return new CatalogueChoices(practices.regions(), practices.targetGroups(), partners.names());
    }

    /** What a sheet needs beyond its template: a passport keeps at least one note in its name. */
    private static DocumentRules rules(PracticeSheet sheet) {
        return sheet != PracticeSheet.PASSPORT ? DocumentRules.NONE
                : content -> content.entries(NAME_FIELD).isEmpty()
                        ? List.of(Violation.of(NAME_FIELD, "practice.error.nameRequired")) : List.of();
    }

    private List<Violation> problems(PracticeSheet sheet, Canvas canvas, String path) {
        List<Violation> problems = new ArrayList<>(template(sheet).check(canvas));
        problems.addAll(rules(sheet).check(canvas));
        return problems.stream().map(v -> v.under(path)).toList();
    }

    private SaveResult saved(PracticeEntity practice, SaveResult result) {
        if (result.written()) {
            saved(practice, result.saved());
        }
        return result;
    }

    /** A sheet was saved: the practice changed then and by them, and what the search derives is refreshed. */
    private void saved(PracticeEntity practice, DocumentSnapshot sheet) {
        practice.touch(sheet.savedAt(), sheet.savedBy());
        refresh(practice);
    }

    /** Derives the name, the search text and the participants from the facts and the current sheets. */
    private void refresh(PracticeEntity practice) {
        Canvas passport = current(practice.id(), PracticeSheet.PASSPORT).map(DocumentSnapshot::canvas).orElse(Canvas.EMPTY);
        Canvas card = current(practice.id(), PracticeSheet.PROJECT_CARD).map(DocumentSnapshot::canvas).orElse(Canvas.EMPTY);
        String title = PracticeTitle.of(passport);
        PracticeFacts facts = practice.facts();
        List<String> texts = new ArrayList<>();
        Stream.of(facts.region(), facts.targetGroup()).filter(t -> t != null).forEach(texts::add);
        Stream.of(passport, card).flatMap(c -> c.fields().values().stream()).flatMap(List::stream)
                .forEach(entry -> texts.addAll(words(entry)));
        practice.setDerived(title, SearchKey.of(String.join("\n", texts)));
        practices.save(practice);
        partners.deleteByPracticeId(practice.id());
        List<PartnerEntry> participants = passport.entries(PARTICIPANTS_FIELD, PartnerEntry.class);
        for (int i = 0; i < participants.size(); i++) {
            partners.save(new PracticePartnerEntity(practice.id(), i, participants.get(i).name()));
        }
    }

    /** The texts of an entry the text search looks through. */
    private static List<String> words(CanvasEntry entry) {
        return Stream.of(switch (entry) {
            case Note n -> new String[] {n.text()};
            case Resource r -> new String[] {r.item()};
            case PartnerEntry p -> new String[] {p.name(), p.role()};
            case Indicator i -> new String[] {i.name(), i.unit()};
            case Target t -> new String[] {t.name(), t.unit(), t.period()};
        }).filter(t -> t != null).toList();
    }
}
