package org.partnershipworkshop.canvas;

import com.vaadin.flow.shared.Registration;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.partnershipworkshop.base.Actor;
import org.partnershipworkshop.base.Json;
import org.partnershipworkshop.base.NotFoundException;
import org.partnershipworkshop.base.StaleRevisionException;
import org.partnershipworkshop.base.ValidationFailedException;
import org.partnershipworkshop.base.Violation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one store of revisioned, template-driven documents: a group's canvas, a practice's passport and project
 * card, and whatever document comes next. A document is named by its owner ({@link DocumentKey}); its content
 * is checked against its template and the owner's {@link DocumentRules} before every write; every save is a
 * new revision, kept forever, and a change that leaves the content as it was writes nothing. Saves of one
 * document are serialized by a row lock.
 *
 * <p>The store checks no rights: the owner feature's application service does, under its own
 * {@code @PreAuthorize}, and calls the store inside its transaction. Every method requires that transaction
 * ({@link Propagation#MANDATORY}), so a screen holding the store could not read or write through it anyway;
 * a test keeps views and endpoints from depending on it (decision 0081).
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class DocumentStore {

    private final DocumentRepository documents;
    private final DocumentRevisionRepository revisions;
    private final TemplateCatalog templates;
    private final DocumentBroadcaster broadcaster;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DocumentStore(DocumentRepository documents, DocumentRevisionRepository revisions, TemplateCatalog templates,
                  DocumentBroadcaster broadcaster, ApplicationEventPublisher events, Optional<Clock> clock) {
        this.documents = documents;
        this.revisions = revisions;
        this.templates = templates;
        this.broadcaster = broadcaster;
        this.events = events;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** A new document with its content as revision 1; the owner must not have this document yet. */
    public DocumentSnapshot create(DocumentKey key, String templateId, Canvas content, DocumentRules rules) {
        CanvasTemplate template = templates.find(templateId)
                .orElseThrow(() -> ValidationFailedException.of("error.templateUnknown", templateId));
        check(template, content, rules);
        if (documents.idOf(key.ownerKind(), key.ownerId(), key.sheet()).isPresent()) {
            throw new IllegalStateException(key + " already exists");
        }
        return write(new DocumentEntity(key), template, 1, content);
    }

    public Optional<DocumentSnapshot> find(DocumentKey key) {
        return documents.findByOwnerKindAndOwnerIdAndSheet(key.ownerKind(), key.ownerId(), key.sheet())
                .map(this::snapshot);
    }

    public DocumentSnapshot current(DocumentKey key) {
        return find(key).orElseThrow(() -> missing(key));
    }

    /** The current documents {@code sheet} of the given owners of one kind, by owner id; owners without one are left out. */
    public Map<Long, DocumentSnapshot> current(String ownerKind, String sheet, Collection<Long> ownerIds) {
        Map<Long, DocumentSnapshot> result = new LinkedHashMap<>();
        if (!ownerIds.isEmpty()) {
            documents.findByOwnerKindAndSheetAndOwnerIdIn(ownerKind, sheet, ownerIds)
                    .forEach(d -> result.put(d.ownerId(), snapshot(d)));
        }
        return result;
    }

    /** Which of the owners have a document {@code sheet}, without reading any content. */
    public Set<Long> ownersWith(String ownerKind, String sheet, Collection<Long> ownerIds) {
        return ownerIds.isEmpty() ? Set.of() : new HashSet<>(documents.ownersWith(ownerKind, sheet, ownerIds));
    }

    /**
     * Applies one change. When the document moved on since {@code baseRevision}, the change is applied to the
     * newer content and the result lists what the others saved since, so the user can be told.
     */
    public SaveResult apply(DocumentKey key, long baseRevision, CanvasEdit edit, DocumentRules rules) {
        DocumentEntity entity = lock(key);
        CanvasTemplate template = template(entity.state().templateId());
        Canvas current = parse(entity.state());
        List<DocumentSnapshot> others = new ArrayList<>();
        if (baseRevision < entity.state().revision()) {
            revisions.after(entity.id(), baseRevision).forEach(r -> others.add(snapshot(key, r.state())));
        }
        return save(entity, template, current, edit.applyTo(current), rules, others);
    }

    /** Replaces the whole content if the document is still at {@code expectedRevision}; otherwise writes nothing. */
    public SaveResult replace(DocumentKey key, long expectedRevision, Canvas content, DocumentRules rules) {
        DocumentEntity entity = lock(key);
        if (entity.state().revision() != expectedRevision) {
            throw new StaleRevisionException(expectedRevision, entity.state().revision());
        }
        return save(entity, template(entity.state().templateId()), parse(entity.state()), content, rules, List.of());
    }

    /** Makes an earlier revision current again, as a new revision; the history keeps everything. */
    public SaveResult restore(DocumentKey key, long revision, DocumentRules rules) {
        DocumentEntity entity = lock(key);
        DocumentState old = revisions.revision(entity.id(), revision).map(DocumentRevisionEntity::state)
                .orElseThrow(() -> new NotFoundException("revision", revision));
        return save(entity, template(entity.state().templateId()), parse(entity.state()), parse(old), rules, List.of());
    }

    /** Every revision, oldest first. */
    public List<DocumentSnapshot> history(DocumentKey key) {
        DocumentEntity entity = documents.findByOwnerKindAndOwnerIdAndSheet(key.ownerKind(), key.ownerId(), key.sheet())
                .orElseThrow(() -> missing(key));
        return revisions.history(entity.id()).stream().map(r -> snapshot(key, r.state())).toList();
    }

    /**
     * Calls the listener after each committed save of the document (on another thread, on every instance of
     * the installation), until the registration is removed. A screen subscribes when it opens and must
     * unsubscribe when it closes.
     */
    public Registration subscribe(DocumentKey key, Consumer<DocumentSaved> listener) {
        long id = documents.idOf(key.ownerKind(), key.ownerId(), key.sheet()).orElseThrow(() -> missing(key));
        return broadcaster.subscribe(id, listener);
    }

    /** Deletes the document with every revision; nothing happens when there is none. */
    public void delete(DocumentKey key) {
        documents.findByOwnerKindAndOwnerIdAndSheet(key.ownerKind(), key.ownerId(), key.sheet()).ifPresent(entity -> {
            revisions.deleteByDocumentId(entity.id());
            documents.delete(entity);
        });
    }

    // --- written once for every document

    private SaveResult save(DocumentEntity entity, CanvasTemplate template, Canvas current, Canvas next,
                            DocumentRules rules, List<DocumentSnapshot> others) {
        check(template, next, rules);
        if (next.equals(current)) {
            return new SaveResult(snapshot(entity.key(), entity.state(), current), others, false);
        }
        return new SaveResult(write(entity, template, entity.state().revision() + 1, next), others, true);
    }

    private DocumentSnapshot write(DocumentEntity entity, CanvasTemplate template, long revision, Canvas content) {
        DocumentState state = new DocumentState(revision, template.id(),
                Json.MAPPER.writeValueAsString(CanvasJson.write(content, template)), clock.instant(), Actor.current());
        entity.record(state);
        DocumentEntity saved = documents.save(entity);
        revisions.save(new DocumentRevisionEntity(saved.id(), state));
        events.publishEvent(new DocumentSaved(saved.id(), saved.key(), revision, state.savedAt(), state.savedBy()));
        return snapshot(saved.key(), state, content);
    }

    private static void check(CanvasTemplate template, Canvas content, DocumentRules rules) {
        List<Violation> problems = new ArrayList<>(template.check(content));
        problems.addAll(rules.check(content));
        if (!problems.isEmpty()) {
            throw new ValidationFailedException(problems);
        }
    }

    private DocumentEntity lock(DocumentKey key) {
        return documents.lock(key.ownerKind(), key.ownerId(), key.sheet()).orElseThrow(() -> missing(key));
    }

    /** "canvas 12 not found", "passport 7 not found": the sheet names what is missing. */
    private static NotFoundException missing(DocumentKey key) {
        return new NotFoundException(key.sheet(), key.ownerId());
    }

    private CanvasTemplate template(String templateId) {
        return templates.find(templateId).orElseThrow(() -> new IllegalStateException(
                "canvas template \"" + templateId + "\" is not loaded; see the start-up log"));
    }

    private DocumentSnapshot snapshot(DocumentEntity entity) {
        return snapshot(entity.key(), entity.state());
    }

    private DocumentSnapshot snapshot(DocumentKey key, DocumentState state) {
        return snapshot(key, state, parse(state));
    }

    private static DocumentSnapshot snapshot(DocumentKey key, DocumentState state, Canvas content) {
        return new DocumentSnapshot(key, state.templateId(), state.revision(), content, state.savedAt(), state.savedBy());
    }

    /** The state's content, read with the template it was written against. */
    private Canvas parse(DocumentState state) {
        return CanvasJson.readOrThrow(Json.MAPPER.readTree(state.content()), template(state.templateId()), "canvas");
    }
}
