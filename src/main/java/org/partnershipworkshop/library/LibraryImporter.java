package org.partnershipworkshop.library;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.partnershipworkshop.base.Actor;
import org.partnershipworkshop.base.InputTooLargeException;
import org.partnershipworkshop.base.Limits;
import org.partnershipworkshop.base.ValidationFailedException;
import org.partnershipworkshop.base.Violation;
import org.springframework.stereotype.Service;

/**
 * Brings a document's libraries into the registry, all or nothing: every library is checked against the
 * rules, the document's other libraries and the registry (keys unique in the document, the library each
 * belongs to known, no library belonging to itself through others), and every problem is reported with its
 * row or path. A library whose key the registry knows is updated, any other added; libraries the document
 * does not name are left as they are, and a library's archived state changes only when the document says so.
 */
@Service
class LibraryImporter {

    /** A library of the document that passed its own rules; its parent is still a key. */
    record Incoming(RawLibrary raw, LibraryFacts facts, String parentKey, Boolean archived) {
    }

    private static final Map<String, Boolean> YES_NO = Map.ofEntries(Map.entry("true", true), Map.entry("false", false),
            Map.entry("yes", true), Map.entry("no", false), Map.entry("1", true), Map.entry("0", false),
            Map.entry("да", true), Map.entry("нет", false), Map.entry("не", false));

    private final LibraryRepository libraries;
    private final Clock clock;

    LibraryImporter(LibraryRepository libraries, Optional<Clock> clock) {
        this.libraries = libraries;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** Reads and checks a document (CSV or {@code workshop-libraries/1}), then imports it. */
    ImportResult importDocument(byte[] content) {
        if (content.length > Limits.DOCUMENT_BYTES) {
            throw new InputTooLargeException(Violation.of("", "error.documentTooLarge", Limits.DOCUMENT_BYTES / (1024 * 1024)));
        }
        List<Violation> problems = new ArrayList<>();
        List<RawLibrary> raws;
        String region = null;
        if (LibraryFormat.of(content) == LibraryFormat.JSON) {
            LibraryJson.Read read = LibraryJson.read(content);
            problems.addAll(read.problems());
            raws = read.libraries();
            region = read.region();
        } else {
            LibraryCsv.Read read = LibraryCsv.read(content);
            problems.addAll(read.problems());
            raws = read.libraries();
            if (raws.size() > LibraryJson.MAX_LIBRARIES) {
                problems.add(Violation.of("", "error.tooMany", LibraryJson.MAX_LIBRARIES, raws.size()));
            }
        }
        List<Incoming> incoming = check(raws, region, problems);
        if (!problems.isEmpty()) {
            throw new ValidationFailedException(problems);
        }
        return apply(incoming);
    }

    /** Every library's rules, then the keys and parents across the document and the registry; adds each problem. */
    List<Incoming> check(List<RawLibrary> raws, String defaultRegion, List<Violation> problems) {
        Map<String, Incoming> byKey = new LinkedHashMap<>();
        for (RawLibrary raw : raws) {
            Incoming one = library(raw, defaultRegion, problems);
            if (one == null || one.facts().key() == null) {
                continue;
            }
            Incoming first = byKey.putIfAbsent(one.facts().key(), one);
            if (first != null) {
                problems.add(Violation.of(raw.at().apply(RawLibrary.KEY), "library.error.keyRepeated",
                        one.facts().key(), first.raw().where()));
            }
        }
        checkParents(byKey, problems);
        return List.copyOf(byKey.values());
    }

    private Incoming library(RawLibrary raw, String defaultRegion, List<Violation> problems) {
        List<Violation> own = new ArrayList<>();
        Set<String> placed = new HashSet<>();
        String key = raw.get(RawLibrary.KEY);
        if (key == null) {
            own.add(at(raw, RawLibrary.KEY, "error.required"));
        } else if (LibraryKey.normalize(key) == null) {
            own.add(at(raw, RawLibrary.KEY, "library.error.key", LibraryKey.MAX));
        }
        placed.add(RawLibrary.KEY);
        LibraryKind kind = null;
        String kindText = raw.get(RawLibrary.KIND);
        if (kindText != null) {
            kind = LibraryKind.fromId(kindText.toLowerCase(Locale.ROOT)).orElse(null);
            if (kind == null) {
                own.add(at(raw, RawLibrary.KIND, "library.error.kindUnknown", kindText, LibraryKind.allowedIds()));
                placed.add(RawLibrary.KIND);
            }
        }
        Municipality municipality = municipality(raw, own);
        Boolean archived = null;
        String archivedText = raw.get(RawLibrary.ARCHIVED);
        if (archivedText != null) {
            archived = YES_NO.get(archivedText.toLowerCase(Locale.ROOT));
            if (archived == null) {
                own.add(at(raw, RawLibrary.ARCHIVED, "library.error.notBoolean"));
            }
        }
        String parentKey = raw.get(RawLibrary.PARENT);
        if (parentKey != null && LibraryKey.normalize(parentKey) == null) {
            own.add(at(raw, RawLibrary.PARENT, "library.error.key", LibraryKey.MAX));
            parentKey = null;
        }
        String region = raw.get(RawLibrary.REGION) == null ? defaultRegion : raw.get(RawLibrary.REGION);
        LibraryFacts facts = null;
        try {
            facts = new LibraryFacts(LibraryKey.normalize(key), raw.get(RawLibrary.NAME), kind, null, municipality, region,
                    raw.get(RawLibrary.ADDRESS), raw.get(RawLibrary.EMAIL), raw.get(RawLibrary.PHONE),
                    raw.get(RawLibrary.WEBSITE));
        } catch (ValidationFailedException e) {
            e.violations().stream().filter(v -> !placed.contains(v.path()))
                    .forEach(v -> own.add(new Violation(raw.at().apply(v.path()), v.key(), v.args())));
        }
        problems.addAll(own);
        return own.isEmpty() ? new Incoming(raw, facts, parentKey == null ? null : LibraryKey.normalize(parentKey), archived)
                : null;
    }

    private static Municipality municipality(RawLibrary raw, List<Violation> problems) {
        String kindText = raw.get(RawLibrary.MUNICIPALITY_KIND);
        String name = raw.get(RawLibrary.MUNICIPALITY);
        if (kindText == null && name == null) {
            return null;
        }
        if (kindText == null || name == null) {
            problems.add(at(raw, kindText == null ? RawLibrary.MUNICIPALITY_KIND : RawLibrary.MUNICIPALITY, "error.required"));
            return null;
        }
        Optional<MunicipalityKind> kind = MunicipalityKind.fromId(kindText.toLowerCase(Locale.ROOT));
        if (kind.isEmpty()) {
            problems.add(at(raw, RawLibrary.MUNICIPALITY_KIND, "library.error.municipalityKindUnknown", kindText, "city, district"));
            return null;
        }
        try {
            return new Municipality(kind.get(), name);
        } catch (ValidationFailedException e) {
            problems.add(at(raw, RawLibrary.MUNICIPALITY, e.violations().getFirst().key(), e.violations().getFirst().args().toArray()));
            return null;
        }
    }

    /** The library each belongs to is in the document or the registry, and no library comes back to itself. */
    private void checkParents(Map<String, Incoming> document, List<Violation> problems) {
        Map<String, String> parentOf = new HashMap<>();
        Map<Long, String> keyOfId = new HashMap<>();
        List<LibraryEntity> all = libraries.findAll();
        all.forEach(l -> keyOfId.put(l.id(), l.key()));
        all.forEach(l -> parentOf.put(l.key(), l.parentId() == null ? null : keyOfId.get(l.parentId())));
        boolean known = true;
        for (Incoming one : document.values()) {
            String parent = one.parentKey();
            if (parent == null) {
                parentOf.put(one.facts().key(), null);
                continue;
            }
            if (parent.equals(one.facts().key())) {
                problems.add(at(one.raw(), RawLibrary.PARENT, "library.error.parentSelf"));
                known = false;
            } else if (!document.containsKey(parent) && !parentOf.containsKey(parent)) {
                problems.add(at(one.raw(), RawLibrary.PARENT, "library.error.parentUnknown", parent));
                known = false;
            }
            parentOf.put(one.facts().key(), parent);
        }
        if (!known) {
            return;
        }
        for (Incoming one : document.values()) {
            String at = one.parentKey();
            for (int step = 0; at != null && step <= parentOf.size(); step++) {
                if (at.equals(one.facts().key())) {
                    problems.add(at(one.raw(), RawLibrary.PARENT, "library.error.parentCycle", one.parentKey()));
                    break;
                }
                at = parentOf.get(at);
            }
        }
    }

    /** Writes the checked libraries: new ones first, then every library's parent by its key. */
    ImportResult apply(List<Incoming> incoming) {
        String actor = Actor.current();
        Map<String, LibraryEntity> byKey = new HashMap<>();
        libraries.findByKeyIn(incoming.stream().map(i -> i.facts().key()).toList()).forEach(l -> byKey.put(l.key(), l));
        incoming.stream().map(Incoming::parentKey).filter(k -> k != null && !byKey.containsKey(k)).distinct()
                .forEach(k -> libraries.findByKey(k).ifPresent(l -> byKey.put(k, l)));
        Set<String> created = new HashSet<>();
        for (Incoming one : incoming) {
            if (!byKey.containsKey(one.facts().key())) {
                LibraryEntity entity = new LibraryEntity(one.facts(), clock.instant(), actor);
                entity.setArchived(Boolean.TRUE.equals(one.archived()), clock.instant(), actor);
                byKey.put(one.facts().key(), libraries.save(entity));
                created.add(one.facts().key());
            }
        }
        libraries.flush();
        int updated = 0;
        for (Incoming one : incoming) {
            LibraryEntity entity = byKey.get(one.facts().key());
            Long parentId = one.parentKey() == null ? null : byKey.get(one.parentKey()).id();
            if (created.contains(one.facts().key())) {
                entity.setParent(parentId, clock.instant(), actor);
                continue;
            }
            boolean changed = entity.set(one.facts().withParent(parentId), clock.instant(), actor);
            if (one.archived() != null) {
                changed |= entity.setArchived(one.archived(), clock.instant(), actor);
            }
            updated += changed ? 1 : 0;
        }
        libraries.flush();
        return new ImportResult(created.size(), updated, incoming.size() - created.size() - updated);
    }

    private static Violation at(RawLibrary raw, String field, String key, Object... args) {
        return Violation.of(raw.at().apply(field), key, args);
    }
}
