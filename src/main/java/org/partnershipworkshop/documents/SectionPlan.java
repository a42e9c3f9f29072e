package org.partnershipworkshop.documents;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A document's sections in order, known before anything is laid out: a contents page lists them (with
 * page numbers filled in at the end) and every section becomes a bookmark. Level 1 is a part of the
 * document, level 2 a section within it.
 */
public final class SectionPlan {

    /** A planned section: its id (the bookmark's target), title, level (1 or 2) and parent (level 2 only). */
    public record Entry(String id, String title, int level, String parentId) {
    }

    private final List<Entry> entries;
    private final Map<String, Entry> byId = new HashMap<>();

    private SectionPlan(List<Entry> entries) {
        this.entries = List.copyOf(entries);
        entries.forEach(e -> byId.put(e.id(), e));
    }

    public static SectionPlan of(List<Entry> entries) {
        return new SectionPlan(entries);
    }

    public List<Entry> entries() {
        return entries;
    }

    public Entry entry(String id) {
        Entry entry = byId.get(id);
        if (entry == null) {
            throw new IllegalArgumentException("no section " + id + " in the plan");
        }
        return entry;
    }
}
