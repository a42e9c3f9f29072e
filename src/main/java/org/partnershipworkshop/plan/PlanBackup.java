package org.partnershipworkshop.plan;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.List;
import org.partnershipworkshop.base.Access;
import org.partnershipworkshop.base.Json;
import org.partnershipworkshop.base.NotFoundException;
import org.partnershipworkshop.catalogue.CatalogueFilter;
import org.partnershipworkshop.catalogue.CatalogueService;
import org.partnershipworkshop.base.ValidationFailedException;
import org.partnershipworkshop.base.Violation;
import org.partnershipworkshop.interchange.BackupPart;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

/**
 * The work plans in a backup ({@code plans.json}, format {@code workshop-plans/1}): every plan as its
 * workshop-plan/1 document, in one list, and the title of every practice a row links to. A restore is all or
 * nothing, and refused while plans exist here. The restored meetings and practices have new ids (decision
 * 0145): a link to a meeting follows the backup's meeting to its new id, a link to a practice follows the
 * practice of that title; a link to one the backup did not restore is dropped, never left pointing at another.
 */
@Service
class PlanBackup implements BackupPart {

    static final String FILE = "plans.json";
    static final String FORMAT = "workshop-plans/1";

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(PlanBackup.class);

    private final PlanStore store;
    private final CatalogueService catalogue;

    PlanBackup(PlanStore store, CatalogueService catalogue) {
        this.store = store;
        this.catalogue = catalogue;
    }

    @Override
    public String fileName() {
        return FILE;
    }

    @Override
    public String restoreBlockedBy() {
        return store.isEmpty() ? null : "plan.error.plansPresent";
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize(Access.ADMIN)
    public byte[] export() {
        List<PlanEntity> all = store.all();
        Map<Long, String> practices = new TreeMap<>();
        StringBuilder plans = new StringBuilder();
        for (int i = 0; i < all.size(); i++) {
            plans.append(i == 0 ? "" : ",").append(all.get(i).content());
            store.stored(all.get(i)).plan().rows().map(Row::link).filter(l -> l != null && l.kind() == LinkKind.PRACTICE)
                    .forEach(l -> title(l.id()).ifPresent(t -> practices.put(l.id(), t)));
        }
        return ("{\"format\":\"" + FORMAT + "\",\"practices\":" + Json.MAPPER.writeValueAsString(practices)
                + ",\"plans\":[" + plans + "]}").getBytes(StandardCharsets.UTF_8);
    }

    private java.util.Optional<String> title(long practiceId) {
        try {
            return java.util.Optional.of(catalogue.page(practiceId).practice().title());
        } catch (NotFoundException e) {
            return java.util.Optional.empty();
        }
    }

    @Override
    @Transactional
    @PreAuthorize(Access.ADMIN)
    public void restore(byte[] content) {
        restore(content, Map.of());
    }

    @Override
    @Transactional
    @PreAuthorize(Access.ADMIN)
    public void restore(byte[] content, Map<Long, Long> meetingIds) {
        JsonNode root = parse(content);
        if (!FORMAT.equals(root.path("format").asString(""))) {
            throw new ValidationFailedException(Violation.of(FILE, "error.formatUnsupported", root.path("format").asString(""), FORMAT));
        }
        List<Plan> plans = new ArrayList<>();
        List<Violation> problems = new ArrayList<>();
        JsonNode list = root.path("plans");
        for (int i = 0; i < list.size(); i++) {
            try {
                plans.add(PlanReader.read(Json.MAPPER.writeValueAsBytes(list.get(i))));
            } catch (ValidationFailedException e) {
                String at = FILE + " plans[" + i + "]";
                e.violations().forEach(v -> problems.add(v.under(at)));
            }
        }
        if (!problems.isEmpty()) {
            throw new ValidationFailedException(problems);
        }
        Map<Long, Long> practiceIds = practiceIds(root.path("practices"));
        plans.forEach(plan -> store.create(plan.mapSections(s -> s.withRows(s.rows().stream()
                .map(r -> r.link() == null ? r : relinked(r, meetingIds, practiceIds)).toList()))));
    }

    /** The part as JSON: many plans together may pass the 5 MB of one document; each plan is held to it. */
    private static JsonNode parse(byte[] content) {
        try {
            return Json.MAPPER.readTree(content);
        } catch (tools.jackson.core.JacksonException e) {
            throw new org.partnershipworkshop.base.UnreadableInputException(Violation.of(FILE, "error.notJson", e.getOriginalMessage()));
        }
    }

    /** The backup's practice ids mapped to the practices of the same title here (restored before the plans). */
    private Map<Long, Long> practiceIds(JsonNode titles) {
        Map<Long, Long> ids = new HashMap<>();
        if (!titles.isObject() || titles.isEmpty()) {
            return ids;
        }
        Map<String, Long> here = new HashMap<>();
        catalogue.search(CatalogueFilter.ALL).forEach(p -> here.putIfAbsent(p.title(), p.id()));
        titles.properties().forEach(e -> {
            Long id = here.get(e.getValue().asString(""));
            if (id != null && e.getKey().matches("\\d{1,18}")) {
                ids.put(Long.parseLong(e.getKey()), id);
            }
        });
        return ids;
    }

    private static Row relinked(Row row, Map<Long, Long> meetingIds, Map<Long, Long> practiceIds) {
        Link link = row.link();
        Map<Long, Long> ids = link.kind() == LinkKind.MEETING ? meetingIds : link.kind() == LinkKind.PRACTICE ? practiceIds : null;
        if (ids == null || link.id() == null) {
            return row;
        }
        Long id = ids.get(link.id());
        if (id == null) {
            log.warn("Row {} of a plan in the backup links to {} {}, which the backup did not restore; the link is dropped",
                    row.id(), link.kind(), link.id());
        }
        RowData data = row.data();
        Link next = id == null ? null : new Link(link.kind(), id, link.reference());
        return row.with(new RowData(data.text(), data.heading(), data.level(), data.term(), data.responsible(),
                data.audience(), data.forLibraries(), data.form(), data.place(), next, data.note()));
    }
}
