package org.partnershipworkshop.canvas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.partnershipworkshop.IntegrationTest;
import org.partnershipworkshop.base.NotFoundException;
import org.partnershipworkshop.base.StaleRevisionException;
import org.partnershipworkshop.base.ValidationFailedException;
import org.partnershipworkshop.base.Violation;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one document store on its own: revisions kept forever, a change on an old revision applied on top,
 * strict replace, restore as a new revision, nothing written when nothing changed, the owner's rules, saves
 * announced after the commit only, and no way in without the caller's transaction. Each test uses documents
 * of an owner kind no feature has, and removes them.
 */
@IntegrationTest
class DocumentStoreTest {

    private static final String TEMPLATE = "smart-diagram";

    @Autowired
    DocumentStore store;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    JdbcTemplate jdbc;

    private final List<DocumentKey> created = new ArrayList<>();

    private <T> T inTransaction(Supplier<T> work) {
        return new TransactionTemplate(transactions).execute(status -> work.get());
    }

    private DocumentKey newDocument(Canvas content) {
        DocumentKey key = new DocumentKey("store-test", System.nanoTime(), "note");
        created.add(key);
        inTransaction(() -> store.create(key, TEMPLATE, content, DocumentRules.NONE));
        return key;
    }

    @AfterEach
    void removeDocuments() {
        inTransaction(() -> {
            created.forEach(store::delete);
            return null;
        });
    }

    private static Canvas goals(String... goals) {
        return Canvas.EMPTY.with("goal", java.util.Arrays.stream(goals).map(Note::new).toList());
    }

    private SaveResult apply(DocumentKey key, long base, CanvasEdit edit) {
        return inTransaction(() -> store.apply(key, base, edit, DocumentRules.NONE));
    }

    private List<DocumentSnapshot> history(DocumentKey key) {
        return inTransaction(() -> store.history(key));
    }

    @Test
    void everySaveIsANewRevisionAndOldRevisionsNeverChange() {
        DocumentKey key = newDocument(goals("Първа цел"));
        SaveResult second = apply(key, 1, new CanvasEdit.Add("goal", new Note("Втора цел")));
        SaveResult third = apply(key, 2, new CanvasEdit.Remove("goal", 0, new Note("Първа цел")));

        assertThat(second.written()).isTrue();
        assertThat(second.merged()).isFalse();
        assertThat(second.saved().document()).isEqualTo(key);
        assertThat(third.saved().revision()).isEqualTo(3);
        assertThat(history(key)).extracting(DocumentSnapshot::revision).containsExactly(1L, 2L, 3L);
        assertThat(history(key)).extracting(DocumentSnapshot::canvas)
                .containsExactly(goals("Първа цел"), goals("Първа цел", "Втора цел"), goals("Втора цел"));
        assertThat(history(key)).allSatisfy(s -> {
            assertThat(s.templateId()).isEqualTo(TEMPLATE);
            assertThat(s.savedBy()).isEqualTo("system");
            assertThat(s.document()).isEqualTo(key);
        });
        assertThat(inTransaction(() -> store.current(key))).isEqualTo(history(key).getLast());
    }

    @Test
    void aChangeOnAnOldRevisionIsAppliedOnTopAndNamesWhatOthersSaved() {
        DocumentKey key = newDocument(goals("Цел"));
        apply(key, 1, new CanvasEdit.Add("needs", new Note("Място за четене")));
        apply(key, 2, new CanvasEdit.Replace("goal", 0, new Note("Цел"), new Note("Цел, по-точно")));

        // this laptop still shows revision 1 and changes the same note
        SaveResult mine = apply(key, 1, new CanvasEdit.Replace("goal", 0, new Note("Цел"), new Note("Цел, с родителите")));

        assertThat(mine.merged()).isTrue();
        assertThat(mine.othersSaved()).extracting(DocumentSnapshot::revision).containsExactly(2L, 3L);
        assertThat(mine.saved().revision()).isEqualTo(4);
        assertThat(mine.saved().canvas().entries("goal")).containsExactly(new Note("Цел, по-точно"), new Note("Цел, с родителите"));
        assertThat(mine.saved().canvas().entries("needs")).containsExactly(new Note("Място за четене"));
    }

    @Test
    void nothingIsWrittenWhenNothingChanges() {
        DocumentKey key = newDocument(goals("Цел"));
        SaveResult same = apply(key, 1, new CanvasEdit.Remove("goal", 0, new Note("Няма я")));
        assertThat(same.written()).isFalse();
        assertThat(same.saved().revision()).isEqualTo(1);
        assertThat(inTransaction(() -> store.replace(key, 1, goals("Цел"), DocumentRules.NONE)).written()).isFalse();
        assertThat(inTransaction(() -> store.restore(key, 1, DocumentRules.NONE)).written()).isFalse();
        assertThat(history(key)).hasSize(1);
    }

    @Test
    void replaceNeedsTheCurrentRevisionAndWritesNothingOtherwise() {
        DocumentKey key = newDocument(goals("Цел"));
        apply(key, 1, new CanvasEdit.Add("goal", new Note("Друга")));

        assertThatThrownBy(() -> inTransaction(() -> store.replace(key, 1, goals("Само моята"), DocumentRules.NONE)))
                .isInstanceOfSatisfying(StaleRevisionException.class, e -> assertThat(e.currentRevision()).isEqualTo(2));
        assertThat(history(key)).hasSize(2);

        SaveResult replaced = inTransaction(() -> store.replace(key, 2, goals("Само моята"), DocumentRules.NONE));
        assertThat(replaced.saved().revision()).isEqualTo(3);
        assertThat(inTransaction(() -> store.current(key)).canvas()).isEqualTo(goals("Само моята"));
    }

    @Test
    void restoreSavesAnOldRevisionAgainAsTheNewest() {
        DocumentKey key = newDocument(goals("Първа"));
        apply(key, 1, new CanvasEdit.Add("goal", new Note("Временна")));

        SaveResult restored = inTransaction(() -> store.restore(key, 1, DocumentRules.NONE));

        assertThat(restored.written()).isTrue();
        assertThat(restored.saved().revision()).isEqualTo(3);
        assertThat(restored.saved().canvas()).isEqualTo(goals("Първа"));
        assertThat(history(key)).extracting(s -> s.canvas().entries("goal").size()).containsExactly(1, 2, 1);
        assertThatThrownBy(() -> inTransaction(() -> store.restore(key, 99, DocumentRules.NONE)))
                .isInstanceOf(NotFoundException.class).hasMessage("revision 99 not found");
    }

    @Test
    void theTemplateAndTheOwnersRulesAreCheckedBeforeAnyWrite() {
        DocumentKey key = newDocument(goals("Цел"));
        DocumentRules keepAGoal = content -> content.entries("goal").isEmpty()
                ? List.of(Violation.of("goal", "error.required")) : List.of();

        assertThatThrownBy(() -> inTransaction(() -> store.apply(key, 1, new CanvasEdit.Remove("goal", 0, new Note("Цел")),
                keepAGoal))).isInstanceOfSatisfying(ValidationFailedException.class,
                e -> assertThat(e.violations()).extracting(Violation::path).containsExactly("goal"));
        assertThatThrownBy(() -> inTransaction(() -> store.apply(key, 1, new CanvasEdit.Add("mood", new Note("x")),
                DocumentRules.NONE))).isInstanceOfSatisfying(ValidationFailedException.class,
                e -> assertThat(e.violations()).extracting(Violation::key).containsExactly("error.unknownField"));
        assertThatThrownBy(() -> inTransaction(() -> store.create(new DocumentKey("store-test", 1, "other"), "no-such-template",
                Canvas.EMPTY, DocumentRules.NONE))).isInstanceOf(ValidationFailedException.class);
        assertThat(history(key)).hasSize(1);
        assertThatThrownBy(() -> inTransaction(() -> store.create(key, TEMPLATE, Canvas.EMPTY, DocumentRules.NONE)))
                .as("a document is created once").isInstanceOf(IllegalStateException.class);
    }

    @Test
    void documentsOfOtherOwnersAreApart() {
        DocumentKey one = newDocument(goals("Едно"));
        DocumentKey sameOwnerOtherSheet = new DocumentKey(one.ownerKind(), one.ownerId(), "other-note");
        created.add(sameOwnerOtherSheet);
        inTransaction(() -> store.create(sameOwnerOtherSheet, TEMPLATE, goals("Друго"), DocumentRules.NONE));
        apply(one, 1, new CanvasEdit.Add("goal", new Note("Още")));

        assertThat(history(sameOwnerOtherSheet)).hasSize(1);
        assertThat(inTransaction(() -> store.current(one.ownerKind(), "other-note", List.of(one.ownerId(), -1L))))
                .containsOnlyKeys(one.ownerId());
        assertThat(inTransaction(() -> store.ownersWith(one.ownerKind(), "note", List.of(one.ownerId(), -1L))))
                .containsExactly(one.ownerId());
        assertThatThrownBy(() -> inTransaction(() -> store.current(new DocumentKey("store-test", -1, "note"))))
                .isInstanceOf(NotFoundException.class).hasMessage("note -1 not found");
    }

    @Test
    void deletingADocumentRemovesEveryRevision() {
        DocumentKey key = newDocument(goals("Цел"));
        apply(key, 1, new CanvasEdit.Add("goal", new Note("Още")));
        long id = jdbc.queryForObject("select id from document where owner_kind = ? and owner_id = ? and sheet = ?",
                Long.class, key.ownerKind(), key.ownerId(), key.sheet());

        inTransaction(() -> {
            store.delete(key);
            return null;
        });

        assertThat(inTransaction(() -> store.find(key))).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from document_revision where document_id = ?", Long.class, id))
                .isZero();
    }

    @Test
    void subscribersHearOfCommittedSavesOnly() throws InterruptedException {
        DocumentKey key = newDocument(goals("Цел"));
        BlockingQueue<DocumentSaved> heard = new LinkedBlockingQueue<>();
        var registration = inTransaction(() -> store.subscribe(key, heard::add));
        try {
            assertThatThrownBy(() -> inTransaction(() -> {
                store.apply(key, 1, new CanvasEdit.Add("goal", new Note("Отменена")), DocumentRules.NONE);
                throw new IllegalStateException("rolled back");
            })).hasMessage("rolled back");
            apply(key, 1, new CanvasEdit.Add("goal", new Note("Записана")));

            DocumentSaved saved = heard.poll(10, TimeUnit.SECONDS);
            assertThat(saved).isNotNull();
            assertThat(saved.document()).isEqualTo(key);
            assertThat(saved.revision()).as("the rolled back save was never announced").isEqualTo(2);
            assertThat(heard.poll(300, TimeUnit.MILLISECONDS)).isNull();
        } finally {
            registration.remove();
        }
        assertThat(history(key)).hasSize(2);
    }

    @Test
    void theStoreIsReachedOnlyInsideTheCallersTransaction() {
        DocumentKey key = newDocument(goals("Цел"));
        assertThatThrownBy(() -> store.current(key)).isInstanceOf(IllegalTransactionStateException.class);
        assertThatThrownBy(() -> store.apply(key, 1, new CanvasEdit.Add("goal", new Note("x")), DocumentRules.NONE))
                .isInstanceOf(IllegalTransactionStateException.class);
        assertThatThrownBy(() -> store.subscribe(key, e -> { })).isInstanceOf(IllegalTransactionStateException.class);
        assertThat(history(key)).hasSize(1);
    }

    @Test
    void aSaveTravelsToOtherInstancesWithItsDocument() {
        DocumentSaved event = new DocumentSaved(42, new DocumentKey("practice", 7, "project-card"), 3,
                java.time.Instant.ofEpochMilli(1_700_000_000_123L), "Иванова, Мария");
        assertThat(DocumentBroadcaster.decode(DocumentBroadcaster.encode(event))).isEqualTo(event);
        assertThatThrownBy(() -> new DocumentKey("Practice", 1, "x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DocumentKey("practice", 1, "a,b")).isInstanceOf(IllegalArgumentException.class);
    }
}
