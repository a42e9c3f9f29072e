package org.partnershipworkshop.canvas;

import org.partnershipworkshop.base.Roles;
import com.vaadin.flow.shared.Registration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.partnershipworkshop.audit.AuditService;
import org.partnershipworkshop.base.Access;
import org.partnershipworkshop.base.NotFoundException;
import org.partnershipworkshop.security.TableAccess;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Canvas templates and the groups' canvases: read, save (every save a new revision), history, restore. A
 * group's canvas is a document of the {@link DocumentStore} ({@link CanvasSnapshot#key}); this service checks
 * the rights, keeps the canvas's partner entries in step for autocomplete and the registry, records the audit
 * and tells the partner network ({@link CanvasSaved}). A change based on an older revision is applied on top
 * of the newer one ({@link #apply}), or refused when it would overwrite it ({@link #replace}).
 */
@Service
public class CanvasService {

    private final TemplateCatalog templates;
    private final DocumentStore documents;
    private final CanvasPartnerRepository partners;
    private final CanvasOwners owners;
    private final ApplicationEventPublisher events;
    private final AuditService audit;

    CanvasService(TemplateCatalog templates, DocumentStore documents, CanvasPartnerRepository partners,
                  CanvasOwners owners, ApplicationEventPublisher events, AuditService audit) {
        this.templates = templates;
        this.documents = documents;
        this.partners = partners;
        this.owners = owners;
        this.events = events;
        this.audit = audit;
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
        DocumentSnapshot created = documents.create(CanvasSnapshot.key(groupId), templateId, canvas, DocumentRules.NONE);
        saved(created, "created");
        return CanvasSnapshot.of(created);
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Access.READ_GROUP)
    public CanvasSnapshot current(long groupId) {
        return CanvasSnapshot.of(documents.current(CanvasSnapshot.key(groupId)));
    }

    /** The current canvases of several groups (a meeting page, an export). */
    @Transactional(readOnly = true)
    @PreAuthorize(Access.MANAGER)
    public Map<Long, CanvasSnapshot> current(Collection<Long> groupIds) {
        Map<Long, CanvasSnapshot> result = new LinkedHashMap<>();
        documents.current(CanvasSnapshot.OWNER, CanvasSnapshot.SHEET, groupIds)
                .forEach((groupId, document) -> result.put(groupId, CanvasSnapshot.of(document)));
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
        SaveResult result = documents.apply(CanvasSnapshot.key(groupId), baseRevision, edit, DocumentRules.NONE);
        if (result.written()) {
            saved(result.saved(), describe(edit));
        }
        return result;
    }

    /** Replaces the whole canvas if it is still at {@code expectedRevision}; otherwise writes nothing. */
    @Transactional
    @PreAuthorize(Access.EDIT_GROUP)
    public CanvasSnapshot replace(long groupId, long expectedRevision, Canvas canvas) {
        SaveResult result = documents.replace(CanvasSnapshot.key(groupId), expectedRevision, canvas, DocumentRules.NONE);
        if (result.written()) {
            saved(result.saved(), "replaced whole canvas");
        }
        return CanvasSnapshot.of(result.saved());
    }

    /**
     * Makes an earlier revision current again, as a new revision; the history keeps everything. When that
     * revision holds what the canvas holds now, nothing is written and the current revision is answered.
     */
    @Transactional
    @PreAuthorize(Access.EDIT_GROUP)
    public CanvasSnapshot restore(long groupId, long revision) {
        SaveResult result = documents.restore(CanvasSnapshot.key(groupId), revision, DocumentRules.NONE);
        if (result.written()) {
            saved(result.saved(), "restored revision " + revision);
        }
        return CanvasSnapshot.of(result.saved());
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Access.READ_GROUP)
    public List<CanvasSnapshot> history(long groupId) {
        return documents.history(CanvasSnapshot.key(groupId)).stream().map(CanvasSnapshot::of).toList();
    }

    /**
     * Calls the listener after each committed save of the group's canvas (on another thread), until the
     * registration is removed. A screen subscribes when it opens and must unsubscribe when it closes.
     */
    @Transactional(readOnly = true)
    @PreAuthorize(Access.READ_GROUP)
    public Registration subscribe(long groupId, Consumer<CanvasSaved> listener) {
        return documents.subscribe(CanvasSnapshot.key(groupId),
                saved -> listener.accept(new CanvasSaved(groupId, saved.revision(), saved.savedAt(), saved.savedBy())));
    }

    @Transactional
    @PreAuthorize(Access.FACILITATOR)
    public void delete(long groupId) {
        audit.record("canvas.deleted", "group " + groupId, null);
        partners.deleteByGroupId(groupId);
        documents.delete(CanvasSnapshot.key(groupId));
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
        return Roles.current(Roles.FACILITATOR) || TableAccess.current().map(seat -> seat.groupId() == groupId).orElse(false);
    }

    private CanvasTemplate template(String templateId) {
        return templates.find(templateId).orElseThrow(() -> new IllegalStateException(
                "canvas template \"" + templateId + "\" is not loaded; see the start-up log"));
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

    /** What follows every written revision of a group's canvas, in the saving transaction. */
    private void saved(DocumentSnapshot saved, String what) {
        long groupId = saved.document().ownerId();
        CanvasTemplate template = template(saved.templateId());
        partners.deleteByGroupId(groupId);
        template.fields().stream().filter(f -> f.kind() == FieldKind.PARTNERS).forEach(field -> {
            List<PartnerEntry> entries = saved.canvas().entries(field.id(), PartnerEntry.class);
            for (int i = 0; i < entries.size(); i++) {
                partners.save(new CanvasPartnerEntity(groupId, field.id(), i, entries.get(i)));
            }
        });
        audit.record("canvas.saved", "group " + groupId, "revision " + saved.revision() + " · " + what);
        events.publishEvent(new CanvasSaved(groupId, saved.revision(), saved.savedAt(), saved.savedBy()));
    }
}
