package org.partnershipworkshop.plan;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.partnershipworkshop.base.Access;
import org.partnershipworkshop.base.Json;
import org.partnershipworkshop.base.JsonChecks;
import org.partnershipworkshop.base.ValidationFailedException;
import org.partnershipworkshop.base.Violation;
import org.partnershipworkshop.interchange.BackupPart;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

/**
 * The work plans in a backup ({@code plans.json}, format {@code workshop-plans/1}): every plan as its
 * workshop-plan/1 document, in one list. A restore is all or nothing, and refused while plans exist here.
 * Links to meetings keep their ids (a restore into a fresh installation gives meetings new ids: decision 0145).
 */
@Service
class PlanBackup implements BackupPart {

    static final String FILE = "plans.json";
    static final String FORMAT = "workshop-plans/1";

    private final PlanStore store;

    PlanBackup(PlanStore store) {
        this.store = store;
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
        StringBuilder out = new StringBuilder("{\"format\":\"" + FORMAT + "\",\"plans\":[");
        List<PlanEntity> all = store.all();
        for (int i = 0; i < all.size(); i++) {
            out.append(i == 0 ? "" : ",").append(all.get(i).content());
        }
        return out.append("]}").toString().getBytes(StandardCharsets.UTF_8);
    }

    @Override
    @Transactional
    @PreAuthorize(Access.ADMIN)
    public void restore(byte[] content) {
        JsonNode root = JsonChecks.parse(content);
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
        plans.forEach(store::create);
    }
}
