package org.partnershipworkshop.partner;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.partnershipworkshop.base.Access;
import org.partnershipworkshop.base.Json;
import org.partnershipworkshop.base.ValidationFailedException;
import org.partnershipworkshop.base.Violation;
import org.partnershipworkshop.canvas.PartnerType;
import org.partnershipworkshop.interchange.BackupPart;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The partner registry in a backup ({@code partners.json}): every active partner with what managers
 * recorded (name, type, region, notes, other names) and the canvas names linked to it — so merges
 * survive a restore — plus the pairs marked as different. The merge history itself is not carried.
 */
@Service
class PartnerBackup implements BackupPart {

    static final String FILE = "partners.json";

    private final PartnerRepository partners;
    private final PartnerNameRepository names;
    private final PartnerDistinctRepository distinct;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PartnerBackup(PartnerRepository partners, PartnerNameRepository names, PartnerDistinctRepository distinct,
                  ApplicationEventPublisher events, Optional<Clock> clock) {
        this.partners = partners;
        this.names = names;
        this.distinct = distinct;
        this.events = events;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    @Override
    public String fileName() {
        return FILE;
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize(Access.ADMIN)
    public byte[] export() {
        ObjectNode root = Json.MAPPER.createObjectNode().put("format", "workshop-partners/1");
        ArrayNode list = root.putArray("partners");
        Map<Long, Integer> index = new HashMap<>();
        for (PartnerEntity p : partners.findAllWithAliases()) {
            if (!p.active()) {
                continue;
            }
            index.put(p.id(), list.size());
            PartnerDetails d = p.details();
            ObjectNode o = list.addObject().put("name", d.name());
            if (d.type() != null) {
                o.put("type", d.type().id());
            }
            if (d.region() != null) {
                o.put("region", d.region());
            }
            if (d.notes() != null) {
                o.put("notes", d.notes());
            }
            ArrayNode aliases = o.putArray("aliases");
            d.aliases().forEach(aliases::add);
            ArrayNode linked = o.putArray("canvasNames");
            names.findByPartnerId(p.id()).forEach(n -> linked.addObject()
                    .put("normalized", n.normalizedName()).put("spelling", n.spelling()));
        }
        ArrayNode pairs = root.putArray("different");
        for (PartnerDistinctEntity pair : distinct.findAll()) {
            Integer first = index.get(pair.firstId());
            Integer second = index.get(pair.secondId());
            if (first != null && second != null) {
                pairs.addArray().add(first).add(second);
            }
        }
        return Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
    }

    @Override
    @Transactional
    @PreAuthorize(Access.ADMIN)
    public void restore(byte[] content) {
        JsonNode root = Json.MAPPER.readTree(content);
        if (!"workshop-partners/1".equals(root.path("format").asString(""))) {
            throw new ValidationFailedException(Violation.of(FILE, "error.formatUnsupported",
                    root.path("format").asString(""), "workshop-partners/1"));
        }
        List<Long> ids = new ArrayList<>();
        for (JsonNode o : root.path("partners")) {
            List<String> aliases = new ArrayList<>();
            o.path("aliases").forEach(a -> aliases.add(a.asString()));
            PartnerType type = o.hasNonNull("type") ? PartnerType.fromId(o.get("type").asString()).orElse(null) : null;
            PartnerDetails details = new PartnerDetails(o.path("name").asString(), type,
                    o.path("region").asString(null), o.path("notes").asString(null), aliases);
            PartnerEntity entity = new PartnerEntity(details.name(), clock.instant());
            entity.set(details, clock.instant());
            long id = partners.saveAndFlush(entity).id();
            ids.add(id);
            for (JsonNode n : o.path("canvasNames")) {
                String key = n.path("normalized").asString();
                if (!key.isEmpty() && !names.existsById(key)) {
                    names.save(new PartnerNameEntity(key, id, n.path("spelling").asString(key)));
                }
            }
        }
        for (JsonNode pair : root.path("different")) {
            int first = pair.path(0).asInt(-1);
            int second = pair.path(1).asInt(-1);
            if (first >= 0 && second >= 0 && first < ids.size() && second < ids.size() && first != second) {
                distinct.save(new PartnerDistinctEntity(ids.get(first), ids.get(second)));
            }
        }
        events.publishEvent(new RegistryChanged());
    }
}
