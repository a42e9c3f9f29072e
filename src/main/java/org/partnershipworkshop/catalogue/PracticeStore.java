package org.partnershipworkshop.catalogue;

import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.partnershipworkshop.base.Json;
import org.partnershipworkshop.base.NotFoundException;
import org.partnershipworkshop.base.ValidationFailedException;
import org.partnershipworkshop.base.Violation;
import org.partnershipworkshop.canvas.Canvas;
import org.partnershipworkshop.canvas.CanvasEntry;
import org.partnershipworkshop.canvas.CanvasJson;
import org.partnershipworkshop.canvas.CanvasService;
import org.partnershipworkshop.canvas.CanvasTemplate;
import org.partnershipworkshop.canvas.Indicator;
import org.partnershipworkshop.canvas.Note;
import org.partnershipworkshop.canvas.PartnerEntry;
import org.partnershipworkshop.canvas.Resource;
import org.partnershipworkshop.canvas.Target;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.partnershipworkshop.base.Actor;

/**
 * Where practices live: their facts, their two sheets with every revision, and what the catalogue derives
 * from them for the list and the search (the name, the search text, the participants by normalized name).
 * Used by {@link CatalogueService} and {@link PracticeBackup}, which check the rights and record the audit;
 * every method runs in their transaction.
 */
@Service
class PracticeStore {

    static final String NAME_FIELD = "name";
    static final String PARTICIPANTS_FIELD = "participants";

    private final PracticeRepository practices;
    private final PracticeSheetRepository sheets;
    private final PracticeSheetRevisionRepository revisions;
    private final PracticePartnerRepository partners;
    private final CanvasService canvases;
    private final Clock clock;

    PracticeStore(PracticeRepository practices, PracticeSheetRepository sheets, PracticeSheetRevisionRepository revisions,
                  PracticePartnerRepository partners, CanvasService canvases, Optional<Clock> clock) {
        this.practices = practices;
        this.sheets = sheets;
        this.revisions = revisions;
        this.partners = partners;
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
        write(practice, new PracticeSheetEntity(practice.id(), PracticeSheet.PASSPORT), 1, passport);
        if (projectCard != null) {
            write(practice, new PracticeSheetEntity(practice.id(), PracticeSheet.PROJECT_CARD), 1, projectCard);
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
        SheetSnapshot passport = current(practice.id(), PracticeSheet.PASSPORT)
                .orElseThrow(() -> new IllegalStateException("practice " + practice.id() + " has no passport"));
        return new PracticeDetails(practice.id(), practice.version(), practice.title(), practice.facts(), presentedAt,
                passport, current(practice.id(), PracticeSheet.PROJECT_CARD).orElse(null), practice.createdAt(),
                practice.createdBy());
    }

    Optional<SheetSnapshot> current(long practiceId, PracticeSheet sheet) {
        return sheets.findByPracticeIdAndKind(practiceId, sheet.id()).map(this::snapshot);
    }

    /**
     * Saves a sheet's next state as a new revision (the sheet is created when the practice has none yet).
     * Nothing is written when the state did not change.
     */
    SheetSnapshot save(PracticeEntity practice, PracticeSheet sheet, Canvas next) {
        check(sheet, next);
        Optional<PracticeSheetEntity> existing = sheets.findByPracticeIdAndKind(practice.id(), sheet.id());
        if (existing.isPresent() && parse(existing.get()).equals(next)) {
            return snapshot(existing.get());
        }
        PracticeSheetEntity entity = existing.orElseGet(() -> new PracticeSheetEntity(practice.id(), sheet));
        return write(practice, entity, entity.revision() + 1, next);
    }

    List<SheetSnapshot> history(long practiceId, PracticeSheet sheet) {
        CanvasTemplate template = template(sheet);
        return revisions.findByPracticeIdAndKindOrderByRevision(practiceId, sheet.id()).stream()
                .map(r -> new SheetSnapshot(practiceId, sheet, template.id(), r.revision(), parse(r.content(), template),
                        r.savedAt(), r.savedBy())).toList();
    }

    Canvas revision(long practiceId, PracticeSheet sheet, long revision) {
        return revisions.findByPracticeIdAndKindAndRevision(practiceId, sheet.id(), revision)
                .map(r -> parse(r.content(), template(sheet)))
                .orElseThrow(() -> new NotFoundException("revision", revision));
    }

    void delete(PracticeEntity practice) {
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
        Set<Long> result = new HashSet<>();
        if (!practiceIds.isEmpty()) {
            sheets.findByPracticeIdInAndKind(practiceIds, PracticeSheet.PROJECT_CARD.id())
                    .forEach(s -> result.add(s.practiceId()));
        }
        return result;
    }

    CatalogueChoices choices() {
        return new CatalogueChoices(practices.regions(), practices.targetGroups(), partners.names());
    }

    /** Throws with every problem when the canvas does not fit the sheet's template and rules. */
    void check(PracticeSheet sheet, Canvas canvas) {
        List<Violation> problems = problems(sheet, canvas, "");
        if (!problems.isEmpty()) {
            throw new ValidationFailedException(problems);
        }
    }

    private List<Violation> problems(PracticeSheet sheet, Canvas canvas, String path) {
        List<Violation> problems = new ArrayList<>(template(sheet).check(canvas));
        if (sheet == PracticeSheet.PASSPORT && canvas.entries(NAME_FIELD).isEmpty()) {
            problems.add(Violation.of(NAME_FIELD, "practice.error.nameRequired"));
        }
        return path.isEmpty() ? problems : problems.stream().map(v -> v.under(path)).toList();
    }

    private SheetSnapshot write(PracticeEntity practice, PracticeSheetEntity sheet, long revision, Canvas canvas) {
        CanvasTemplate template = template(sheet.sheet());
        String content = Json.MAPPER.writeValueAsString(CanvasJson.write(canvas, template));
        Instant now = clock.instant();
        String by = Actor.current();
        sheet.record(revision, content, now, by);
        sheets.saveAndFlush(sheet);
        revisions.save(new PracticeSheetRevisionEntity(practice.id(), sheet.sheet(), revision, content, now, by));
        practice.touch(now, by);
        refresh(practice);
        return new SheetSnapshot(practice.id(), sheet.sheet(), template.id(), revision, canvas, now, by);
    }

    /** Derives the name, the search text and the participants from the facts and the current sheets. */
    private void refresh(PracticeEntity practice) {
        Canvas passport = Canvas.EMPTY;
        Canvas card = Canvas.EMPTY;
        for (PracticeSheetEntity sheet : sheets.findByPracticeIdOrderByKind(practice.id())) {
            if (sheet.sheet() == PracticeSheet.PASSPORT) {
                passport = parse(sheet);
            } else {
                card = parse(sheet);
            }
        }
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

    private SheetSnapshot snapshot(PracticeSheetEntity sheet) {
        return new SheetSnapshot(sheet.practiceId(), sheet.sheet(), sheet.templateId(), sheet.revision(), parse(sheet),
                sheet.savedAt(), sheet.savedBy());
    }

    private Canvas parse(PracticeSheetEntity sheet) {
        return parse(sheet.content(), template(sheet.sheet()));
    }

    private static Canvas parse(String content, CanvasTemplate template) {
        return CanvasJson.readOrThrow(Json.MAPPER.readTree(content), template, "canvas");
    }
}
