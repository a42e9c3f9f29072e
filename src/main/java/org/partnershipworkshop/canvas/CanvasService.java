package org.partnershipworkshop.canvas;

import com.vaadin.flow.shared.Registration;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.partnershipworkshop.audit.AuditService;
import java.util.function.Consumer;
import org.partnershipworkshop.base.Access;
import org.partnershipworkshop.base.Json;
import org.partnershipworkshop.base.NotFoundException;
import org.partnershipworkshop.base.StaleRevisionException;
import org.partnershipworkshop.security.TableAccess;
import org.partnershipworkshop.base.ValidationFailedException;
import org.partnershipworkshop.base.Violation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.partnershipworkshop.base.Actor;

/**
 * Canvas templates and the groups' canvases: read, save (every save a new revision), history, restore.
 * Saves of one canvas are serialized by a row lock; a change based on an older revision is applied on
 * top of the newer one ({@link #apply}), or refused when it would overwrite it ({@link #replace}).
 */
@Service
public class CanvasService {

    private final TemplateCatalog templates;
    private final CanvasRepository canvases;
    private final CanvasRevisionRepository revisions;
    private final CanvasPartnerRepository partners;
    private final CanvasOwners owners;
    private final ApplicationEventPublisher events;
    private final AuditService audit;
    private final CanvasBroadcaster broadcaster;
    private final Clock clock;

    CanvasService(TemplateCatalog templates, CanvasRepository canvases, CanvasRevisionRepository revisions,
                  CanvasPartnerRepository partners, CanvasOwners owners, ApplicationEventPublisher events,
                  AuditService audit, CanvasBroadcaster broadcaster, Optional<Clock> clock) {
        this.templates = templates;
        this.canvases = canvases;
        this.revisions = revisions;
        this.partners = partners;
        this.owners = owners;
        this.events = events;
        this.audit = audit;
        this.broadcaster = broadcaster;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    @PreAuthorize(Access.SIGNED_IN)
    public List<CanvasTemplate> templates() {
        return templates.all();
    }

    /** A template by id; templates are public knowledge, so the importer may ask before anyone signs in. */
    public Optional<CanvasTemplate> findTemplate(String templateId) {
        return templates.find(templateId);
    }

    @Transactional
    @PreAuthorize(Access.FACILITATOR)
    public CanvasSnapshot create(long groupId, String templateId, Canvas canvas) {
        CanvasTemplate template = templates.find(templateId)
                .orElseThrow(() -> ValidationFailedException.of("error.templateUnknown", templateId));
        check(template, canvas);
        if (canvases.existsById(groupId)) {
            throw new IllegalStateException("group " + groupId + " already has a canvas");
        }
        CanvasEntity entity = new CanvasEntity(groupId, templateId);
        return write(entity, template, 1, canvas, "created");
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Access.READ_GROUP)
    public CanvasSnapshot current(long groupId) {
        return snapshot(canvases.findById(groupId).orElseThrow(() -> new NotFoundException("canvas", groupId)));
    }

    /** The current canvases of several groups (a meeting page, an export). */
    @Transactional(readOnly = true)
    @PreAuthorize(Access.MANAGER)
    public Map<Long, CanvasSnapshot> current(Collection<Long> groupIds) {
        Map<Long, CanvasSnapshot> result = new LinkedHashMap<>();
        canvases.findByGroupIdIn(groupIds).forEach(c -> result.put(c.groupId(), snapshot(c)));
        return result;
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Access.READ_GROUP)
    public CanvasPage page(long groupId) {
        CanvasOwner owner = owners.find(groupId).orElseThrow(() -> new NotFoundException("group", groupId));
        CanvasSnapshot snapshot = current(groupId);
        return new CanvasPage(owner, template(snapshot.templateId()), snapshot, canEdit(groupId));
    }

    /**
     * Applies one change. When the canvas moved on since {@code baseRevision}, the change is applied to the
     * newer canvas and the result says what the others saved, so the user sees it.
     */
    @Transactional
    @PreAuthorize(Access.EDIT_GROUP)
    public SaveResult apply(long groupId, long baseRevision, CanvasEdit edit) {
        CanvasEntity entity = lock(groupId);
        CanvasTemplate template = template(entity.templateId());
        Canvas current = parse(entity.content(), template);
        List<CanvasSnapshot> others = new ArrayList<>();
        if (baseRevision < entity.revision()) {
            revisions.findByGroupIdOrderByRevision(groupId).stream()
                    .filter(r -> r.revision() > baseRevision)
                    .forEach(r -> others.add(snapshot(r, entity.templateId(), template)));
        }
        Canvas next = edit.applyTo(current);
        check(template, next);
        if (next.equals(current)) {
            return new SaveResult(snapshot(entity), others);
        }
        return new SaveResult(write(entity, template, entity.revision() + 1, next, describe(edit)), others);
    }

    /** Replaces the whole canvas if it is still at {@code expectedRevision}; otherwise writes nothing. */
    @Transactional
    @PreAuthorize(Access.EDIT_GROUP)
    public CanvasSnapshot replace(long groupId, long expectedRevision, Canvas canvas) {
        CanvasEntity entity = lock(groupId);
        if (entity.revision() != expectedRevision) {
            throw new StaleRevisionException(expectedRevision, entity.revision());
        }
        CanvasTemplate template = template(entity.templateId());
        check(template, canvas);
        return write(entity, template, entity.revision() + 1, canvas, "replaced whole canvas");
    }

    /** Makes an earlier revision current again, as a new revision; the history keeps everything. */
    @Transactional
    @PreAuthorize(Access.EDIT_GROUP)
    public CanvasSnapshot restore(long groupId, long revision) {
        CanvasEntity entity = lock(groupId);
        CanvasTemplate template = template(entity.templateId());
        CanvasRevisionEntity old = revisions.findByGroupIdAndRevision(groupId, revision)
                .orElseThrow(() -> new NotFoundException("revision", revision));
        return write(entity, template, entity.revision() + 1, parse(old.content(), template),
                "restored revision " + revision);
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Access.READ_GROUP)
    public List<CanvasSnapshot> history(long groupId) {
        CanvasEntity entity = canvases.findById(groupId).orElseThrow(() -> new NotFoundException("canvas", groupId));
        CanvasTemplate template = template(entity.templateId());
        return revisions.findByGroupIdOrderByRevision(groupId).stream()
                .map(r -> snapshot(r, entity.templateId(), template)).toList();
    }

    /**
     * Calls the listener after each committed save of the group's canvas (on another thread), until the
     * registration is removed. A screen subscribes when it opens and must unsubscribe when it closes.
     */
    @Transactional(readOnly = true)
    @PreAuthorize(Access.READ_GROUP)
    public Registration subscribe(long groupId, Consumer<CanvasSaved> listener) {
        return broadcaster.subscribe(groupId, listener);
    }

    @Transactional
    @PreAuthorize(Access.FACILITATOR)
    public void delete(long groupId) {
        audit.record("canvas.deleted", "group " + groupId, null);
        partners.deleteByGroupId(groupId);
        revisions.deleteByGroupId(groupId);
        canvases.deleteById(groupId);
    }

    /** Partner names already used on canvases that contain the filter (normalized), most used first. */
    @Transactional(readOnly = true)
    @PreAuthorize(Access.SIGNED_IN)
    public List<String> knownPartnerNames(String filter, int limit) {
        String normalized = PartnerNames.normalize(filter == null ? "" : filter).replace("%", "").replace("_", "");
        return partners.findNames(normalized, PageRequest.of(0, Math.max(1, limit)));
    }

    /** The type and role last used for a partner of this name, to prefill an entry. */
    @Transactional(readOnly = true)
    @PreAuthorize(Access.SIGNED_IN)
    public Optional<PartnerEntry> knownPartner(String name) {
        return partners.findByNormalizedNameOrderByIdDesc(PartnerNames.normalize(name), PageRequest.of(0, 1))
                .stream().findFirst()
                .map(p -> new PartnerEntry(p.name(), p.type() == null ? null : PartnerType.fromId(p.type()).orElse(null), null));
    }

    /** The same rule as {@link Access#EDIT_GROUP}, for screens that show or hide editing. */
    private static boolean canEdit(long groupId) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        boolean facilitator = auth != null && auth.getAuthorities().stream()
                .anyMatch(a -> "ROLE_FACILITATOR".equals(a.getAuthority()));
        return facilitator || TableAccess.current().map(seat -> seat.groupId() == groupId).orElse(false);
    }

    private CanvasTemplate template(String templateId) {
        return templates.find(templateId).orElseThrow(() -> new IllegalStateException(
                "canvas template \"" + templateId + "\" is not loaded; see the start-up log"));
    }

    private CanvasEntity lock(long groupId) {
        return canvases.lockByGroupId(groupId).orElseThrow(() -> new NotFoundException("canvas", groupId));
    }

    private static void check(CanvasTemplate template, Canvas canvas) {
        List<Violation> problems = template.check(canvas);
        if (!problems.isEmpty()) {
            throw new ValidationFailedException(problems);
        }
    }

    private static String describe(CanvasEdit edit) {
        return switch (edit) {
            case CanvasEdit.Add a -> "added to " + a.fieldId() + ": " + a.entry().headline();
            case CanvasEdit.Replace r -> "changed in " + r.fieldId() + ": " + r.replacement().headline();
            case CanvasEdit.Remove r -> "removed from " + r.fieldId() + ": " + r.expected().headline();
            case CanvasEdit.Move m -> "moved in " + m.fieldId() + ": " + m.expected().headline();
            case CanvasEdit.ReplaceAll all -> "replaced whole canvas";
        };
    }

    private CanvasSnapshot write(CanvasEntity entity, CanvasTemplate template, long revision, Canvas canvas, String what) {
        String content = Json.MAPPER.writeValueAsString(CanvasJson.write(canvas, template));
        Instant now = clock.instant();
        String by = Actor.current();
        entity.record(revision, content, now, by);
        canvases.save(entity);
        revisions.save(new CanvasRevisionEntity(entity.groupId(), revision, content, now, by));
        partners.deleteByGroupId(entity.groupId());
        template.fields().stream().filter(f -> f.kind() == FieldKind.PARTNERS).forEach(field -> {
            List<PartnerEntry> entries = canvas.entries(field.id(), PartnerEntry.class);
            for (int i = 0; i < entries.size(); i++) {
                partners.save(new CanvasPartnerEntity(entity.groupId(), field.id(), i, entries.get(i)));
            }
        });
        audit.record("canvas.saved", "group " + entity.groupId(), "revision " + revision + " · " + what);
        events.publishEvent(new CanvasSaved(entity.groupId(), revision, now, by));
        return new CanvasSnapshot(entity.groupId(), entity.templateId(), revision, canvas, now, by);
    }

    private CanvasSnapshot snapshot(CanvasEntity entity) {
        CanvasTemplate template = template(entity.templateId());
        return new CanvasSnapshot(entity.groupId(), entity.templateId(), entity.revision(),
                parse(entity.content(), template), entity.savedAt(), entity.savedBy());
    }

    private static CanvasSnapshot snapshot(CanvasRevisionEntity r, String templateId, CanvasTemplate template) {
        return new CanvasSnapshot(r.groupId(), templateId, r.revision(), parse(r.content(), template),
                r.savedAt(), r.savedBy());
    }

    private static Canvas parse(String content, CanvasTemplate template) {
        return CanvasJson.readOrThrow(Json.MAPPER.readTree(content), template, "canvas");
    }
}
