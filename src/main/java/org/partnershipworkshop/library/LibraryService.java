package org.partnershipworkshop.library;

import java.text.Collator;
import java.time.Clock;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.partnershipworkshop.audit.AuditService;
import org.partnershipworkshop.base.Access;
import org.partnershipworkshop.base.Actor;
import org.partnershipworkshop.base.NotFoundException;
import org.partnershipworkshop.base.Roles;
import org.partnershipworkshop.base.ValidationFailedException;
import org.partnershipworkshop.base.Violation;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The registry of the region's libraries: listed and searched, one library's page, added, changed and
 * archived by hand, and the whole network imported from CSV or {@code workshop-libraries/1} and exported
 * again. Managers and above read; coordinators (facilitators and above) change; a library's own account reads
 * its own library (decision 112). A library is never deleted: others refer to it.
 */
@Service
public class LibraryService {

    private final LibraryRepository libraries;
    private final LibraryImporter importer;
    private final AuditService audit;
    private final Clock clock;

    LibraryService(LibraryRepository libraries, LibraryImporter importer, AuditService audit, Optional<Clock> clock) {
        this.libraries = libraries;
        this.importer = importer;
        this.audit = audit;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    // --- reading

    /** The libraries the filter lets through, by region, municipality (the region's own first), kind and name. */
    @Transactional(readOnly = true)
    @PreAuthorize(Access.MANAGER)
    public List<LibrarySummary> search(LibraryFilter filter) {
        LibraryFilter f = filter == null ? LibraryFilter.ALL : filter;
        Registry registry = registry();
        return registry.all().stream()
                .filter(l -> f.withArchived() || !l.archived())
                .filter(l -> f.kind() == null || l.facts().kind() == f.kind())
                .filter(l -> blank(f.region()) || f.region().strip().equalsIgnoreCase(l.facts().region()))
                .filter(l -> blank(f.municipality()) || (l.facts().municipality() != null
                        && f.municipality().strip().equalsIgnoreCase(l.facts().municipality().name())))
                .map(registry::summary)
                .filter(s -> LibrarySearch.matches(f.text(), s.facts(), s.parentName()))
                .sorted(ORDER).toList();
    }

    /**
     * The given libraries as other features refer to them (archived ones too; unknown ids are left out). Library
     * accounts may read them: the names and places of the region's libraries are what every action shows.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('MANAGER', 'LIBRARY')")
    public Map<Long, LibraryRef> refs(java.util.Collection<Long> libraryIds) {
        Map<Long, LibraryRef> refs = new java.util.LinkedHashMap<>();
        libraries.findAllById(libraryIds).forEach(l -> refs.put(l.id(), ref(l)));
        return refs;
    }

    /** The libraries of the given keys, by key (the documents of other features name libraries by key). */
    @Transactional(readOnly = true)
    @PreAuthorize(Access.MANAGER)
    public Map<String, LibraryRef> refsByKey(java.util.Collection<String> keys) {
        Map<String, LibraryRef> refs = new java.util.LinkedHashMap<>();
        libraries.findByKeyIn(keys).forEach(l -> refs.put(l.key(), ref(l)));
        return refs;
    }

    private static LibraryRef ref(LibraryEntity l) {
        LibraryFacts f = l.facts();
        return new LibraryRef(l.id(), l.key(), f.name(), f.kind(), f.municipality() == null ? null : f.municipality().name(),
                f.region(), l.archived());
    }

    /** The regions and municipalities the registry's libraries name, for filters and forms. */
    @Transactional(readOnly = true)
    @PreAuthorize(Access.MANAGER)
    public LibraryChoices choices() {
        List<LibraryEntity> all = libraries.findAll();
        Collator collator = collator();
        List<String> regions = all.stream().map(l -> l.facts().region()).distinct().sorted(collator).toList();
        List<String> municipalities = all.stream().map(l -> l.facts().municipality()).filter(Objects::nonNull)
                .map(Municipality::name).distinct().sorted(collator).toList();
        return new LibraryChoices(regions, municipalities);
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Access.READ_LIBRARY)
    public LibraryDetails library(long libraryId) {
        return details(find(libraryId));
    }

    /** A library's page: the library, the one it belongs to, its branches (archived ones too). */
    @Transactional(readOnly = true)
    @PreAuthorize(Access.READ_LIBRARY)
    public LibraryPage page(long libraryId) {
        LibraryEntity library = find(libraryId);
        Registry registry = registry();
        LibrarySummary parent = library.parentId() == null ? null
                : registry.byId().containsKey(library.parentId()) ? registry.summary(registry.byId().get(library.parentId())) : null;
        List<LibrarySummary> branches = libraries.findByParentIdOrderByName(libraryId).stream().map(registry::summary)
                .sorted(Comparator.comparing(LibrarySummary::archived).thenComparing(LibrarySummary::name, collator())).toList();
        return new LibraryPage(details(library), parent, branches, Roles.current(Roles.FACILITATOR));
    }

    /** The registry (or what the filter lets through) as a file: a {@code workshop-libraries/1} document or CSV. */
    @Transactional(readOnly = true)
    @PreAuthorize(Access.MANAGER)
    public LibraryFile export(LibraryFilter filter, LibraryFormat format) {
        List<LibrarySummary> selected = search(filter == null ? LibraryFilter.EVERYTHING : filter);
        Map<Long, String> keys = new HashMap<>();
        libraries.findAll().forEach(l -> keys.put(l.id(), l.key()));
        return format == LibraryFormat.CSV
                ? new LibraryFile("libraries.csv", "text/csv;charset=UTF-8", LibraryCsv.write(selected, keys::get))
                : new LibraryFile("libraries.json", "application/json", LibraryJson.write(selected, keys::get));
    }

    // --- changing

    /** Adds a library; without a key it gets one made from its name. Answers its id. */
    @Transactional
    @PreAuthorize(Access.FACILITATOR)
    public long create(LibraryFacts facts) {
        LibraryFacts keyed = facts.key() == null ? facts.withKey(freeKey(LibraryKey.fromName(facts.name()))) : facts;
        if (libraries.existsByKey(keyed.key())) {
            throw new ValidationFailedException(Violation.of("key", "library.error.keyTaken", keyed.key()));
        }
        checkParent(null, keyed.parentId());
        LibraryEntity library = libraries.save(new LibraryEntity(keyed, clock.instant(), Actor.current()));
        audit.record("library.created", subject(library.id()), library.name());
        return library.id();
    }

    /** Changes a library's facts if nobody changed them since {@code expectedVersion}; otherwise writes nothing. */
    @Transactional
    @PreAuthorize(Access.FACILITATOR)
    public LibraryDetails update(long libraryId, long expectedVersion, LibraryFacts facts) {
        LibraryEntity library = libraries.lock(libraryId).orElseThrow(() -> new NotFoundException("library", libraryId));
        if (library.version() != expectedVersion) {
            throw ValidationFailedException.of("library.error.changed");
        }
        LibraryFacts keyed = facts.key() == null ? facts.withKey(library.key()) : facts;
        if (!keyed.key().equals(library.key()) && libraries.existsByKey(keyed.key())) {
            throw new ValidationFailedException(Violation.of("key", "library.error.keyTaken", keyed.key()));
        }
        checkParent(library, keyed.parentId());
        String before = library.name();
        if (library.set(keyed, clock.instant(), Actor.current())) {
            libraries.flush();
            audit.record("library.updated", subject(libraryId), before.equals(keyed.name()) ? before : before + " → " + keyed.name());
        }
        return details(library);
    }

    /**
     * Archives a library (it no longer takes part: hidden from lists and choices, kept for what refers to it)
     * or brings it back. Its branches stay where they are.
     */
    @Transactional
    @PreAuthorize(Access.FACILITATOR)
    public void setArchived(long libraryId, boolean archived) {
        LibraryEntity library = libraries.lock(libraryId).orElseThrow(() -> new NotFoundException("library", libraryId));
        if (library.setArchived(archived, clock.instant(), Actor.current())) {
            audit.record(archived ? "library.archived" : "library.restored", subject(libraryId), library.name());
        }
    }

    /**
     * Imports a region's network from CSV or a {@code workshop-libraries/1} document (told apart by the first
     * character), all or nothing: a file with any problem is refused whole with the row or path of every one.
     */
    @Transactional
    @PreAuthorize(Access.FACILITATOR)
    public ImportResult importDocument(byte[] document) {
        ImportResult result = importer.importDocument(document);
        audit.record("library.imported", "libraries", result.created() + " added, " + result.updated() + " changed, "
                + result.unchanged() + " unchanged");
        return result;
    }

    // --- helpers

    /** A library may belong to an existing library that is not archived and is neither itself nor one of its branches. */
    private void checkParent(LibraryEntity library, Long parentId) {
        if (parentId == null) {
            return;
        }
        LibraryEntity parent = libraries.findById(parentId).orElseThrow(() -> new ValidationFailedException(
                Violation.of("parent", "library.error.parentUnknown", parentId)));
        if (library != null && library.parentId() != null && library.parentId().equals(parentId)) {
            return; // unchanged, even when that library was archived meanwhile
        }
        if (parent.archived()) {
            throw new ValidationFailedException(Violation.of("parent", "library.error.parentArchived", parent.name()));
        }
        if (library == null) {
            return;
        }
        Map<Long, LibraryEntity> byId = registry().byId();
        LibraryEntity at = parent;
        for (int step = 0; at != null && step <= byId.size(); step++) {
            if (at.id() == library.id()) {
                throw new ValidationFailedException(Violation.of("parent", at == parent ? "library.error.parentSelf"
                        : "library.error.parentCycle", parent.key()));
            }
            at = at.parentId() == null ? null : byId.get(at.parentId());
        }
    }

    private String freeKey(String made) {
        String key = made;
        for (int n = 2; libraries.existsByKey(key); n++) {
            key = made + "-" + n;
        }
        return key;
    }

    private LibraryEntity find(long libraryId) {
        return libraries.findById(libraryId).orElseThrow(() -> new NotFoundException("library", libraryId));
    }

    private static LibraryDetails details(LibraryEntity library) {
        return new LibraryDetails(library.id(), library.version(), library.facts(), library.archived(),
                library.updatedAt(), library.updatedBy());
    }

    /** Every library once, with what summaries need: the parents' names, the number of active branches. */
    private Registry registry() {
        List<LibraryEntity> all = libraries.findAll();
        Map<Long, LibraryEntity> byId = new HashMap<>();
        Map<Long, Integer> branches = new HashMap<>();
        all.forEach(l -> byId.put(l.id(), l));
        all.stream().filter(l -> l.parentId() != null && !l.archived()).forEach(l -> branches.merge(l.parentId(), 1, Integer::sum));
        return new Registry(all, byId, branches);
    }

    private record Registry(List<LibraryEntity> all, Map<Long, LibraryEntity> byId, Map<Long, Integer> branches) {

        LibrarySummary summary(LibraryEntity l) {
            LibraryEntity parent = l.parentId() == null ? null : byId.get(l.parentId());
            return new LibrarySummary(l.id(), l.facts(), parent == null ? null : parent.name(), l.archived(),
                    branches.getOrDefault(l.id(), 0));
        }
    }

    private static final Comparator<LibrarySummary> ORDER = Comparator
            .comparing((LibrarySummary s) -> s.facts().region(), collator())
            .thenComparing(s -> s.facts().municipality() == null ? "" : s.facts().municipality().name(), collator())
            .thenComparing(s -> s.facts().kind())
            .thenComparing(LibrarySummary::name, collator());

    private static Collator collator() {
        Collator collator = Collator.getInstance(Locale.ROOT);
        collator.setStrength(Collator.SECONDARY);
        return collator;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static String subject(long libraryId) {
        return "library " + libraryId;
    }
}
