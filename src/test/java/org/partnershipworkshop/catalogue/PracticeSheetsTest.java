package org.partnershipworkshop.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.partnershipworkshop.IntegrationTest;
import org.partnershipworkshop.base.Language;
import org.partnershipworkshop.base.SystemTask;
import org.partnershipworkshop.base.ValidationFailedException;
import org.partnershipworkshop.base.Violation;
import org.partnershipworkshop.canvas.CanvasEdit;
import org.partnershipworkshop.canvas.DocumentSaved;
import org.partnershipworkshop.canvas.DocumentSnapshot;
import org.partnershipworkshop.canvas.Note;
import org.partnershipworkshop.canvas.SaveResult;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A practice's passport and project card in the one document store: two facilitators' changes both kept,
 * the passport's own rule, the search refreshed on every save, saves announced per sheet, and nothing left
 * behind when the practice is deleted.
 */
@IntegrationTest
class PracticeSheetsTest {

    @Autowired
    CatalogueService catalogue;
    @Autowired
    JdbcTemplate jdbc;

    private long practice(String u) {
        return Practices.create(catalogue, Practices.facts(Language.BG, "Смолян", 2018, 2020, null),
                Practices.fullPassport("Лятно четене " + u, u));
    }

    @Test
    void aChangeOnAnOldRevisionIsAddedOnTopOfTheOtherFacilitatorsAndSaysSo() {
        String u = Practices.unique();
        long id = practice(u);
        SystemTask.run(() -> catalogue.apply(id, PracticeSheet.PASSPORT, 1, new CanvasEdit.Add("goals", new Note("Първо " + u))));

        SaveResult mine = SystemTask.run(() -> catalogue.apply(id, PracticeSheet.PASSPORT, 1,
                new CanvasEdit.Add("team", new Note("Второ " + u))));

        assertThat(mine.merged()).isTrue();
        assertThat(mine.othersSaved()).extracting(DocumentSnapshot::revision).containsExactly(2L);
        assertThat(mine.saved().revision()).isEqualTo(3);
        assertThat(mine.saved().document()).isEqualTo(PracticeSheet.PASSPORT.key(id));
        DocumentSnapshot now = SystemTask.run(() -> catalogue.sheet(id, PracticeSheet.PASSPORT));
        assertThat(now.canvas().entries("goals")).contains(new Note("Първо " + u));
        assertThat(now.canvas().entries("team")).contains(new Note("Второ " + u));
        assertThat(SystemTask.run(() -> catalogue.search(CatalogueFilter.ALL.withText("второ " + u)))).hasSize(1);
    }

    @Test
    void aPassportKeepsItsNameAndARefusedChangeWritesNothing() {
        String u = Practices.unique();
        long id = practice(u);
        Note name = new Note("Лятно четене " + u);
        SystemTask.run(() -> catalogue.apply(id, PracticeSheet.PASSPORT, 1,
                new CanvasEdit.Remove("name", 1, new Note("Регионална библиотека „Христо Смирненски“ " + u))));

        assertThatThrownBy(() -> SystemTask.run(() -> catalogue.apply(id, PracticeSheet.PASSPORT, 2,
                new CanvasEdit.Remove("name", 0, name)))).isInstanceOfSatisfying(ValidationFailedException.class,
                e -> assertThat(e.violations()).extracting(Violation::key).containsExactly("practice.error.nameRequired"));
        assertThat(SystemTask.run(() -> catalogue.history(id, PracticeSheet.PASSPORT))).hasSize(2);
        assertThat(SystemTask.run(() -> catalogue.page(id)).practice().title()).isEqualTo(name.text());
    }

    @Test
    void restoringWhatTheSheetHoldsWritesNothing() {
        String u = Practices.unique();
        long id = practice(u);
        SystemTask.run(() -> catalogue.apply(id, PracticeSheet.PASSPORT, 1, new CanvasEdit.Add("goals", new Note("Нова " + u))));
        SystemTask.run(() -> catalogue.apply(id, PracticeSheet.PASSPORT, 2,
                new CanvasEdit.Remove("goals", 2, new Note("Нова " + u))));

        DocumentSnapshot same = SystemTask.run(() -> catalogue.restore(id, PracticeSheet.PASSPORT, 1));
        assertThat(same.revision()).isEqualTo(3);
        DocumentSnapshot restored = SystemTask.run(() -> catalogue.restore(id, PracticeSheet.PASSPORT, 2));
        assertThat(restored.revision()).isEqualTo(4);
        assertThat(restored.canvas().entries("goals")).contains(new Note("Нова " + u));
        assertThat(SystemTask.run(() -> catalogue.history(id, PracticeSheet.PASSPORT))).hasSize(4);
    }

    @Test
    void aSubscriberHearsTheSavesOfItsSheetOnly() throws InterruptedException {
        String u = Practices.unique();
        long id = practice(u);
        SystemTask.run(() -> catalogue.createProjectCard(id));
        BlockingQueue<DocumentSaved> heard = new LinkedBlockingQueue<>();
        var registration = SystemTask.run(() -> catalogue.subscribe(id, PracticeSheet.PROJECT_CARD, heard::add));
        try {
            SystemTask.run(() -> catalogue.apply(id, PracticeSheet.PASSPORT, 1, new CanvasEdit.Add("goals", new Note("П " + u))));
            SystemTask.run(() -> catalogue.apply(id, PracticeSheet.PROJECT_CARD, 1, new CanvasEdit.Add("goal", new Note("К " + u))));

            DocumentSaved saved = heard.poll(10, TimeUnit.SECONDS);
            assertThat(saved).isNotNull();
            assertThat(saved.document()).isEqualTo(PracticeSheet.PROJECT_CARD.key(id));
            assertThat(saved.revision()).isEqualTo(2);
            assertThat(heard.poll(300, TimeUnit.MILLISECONDS)).isNull();
        } finally {
            registration.remove();
        }
    }

    @Test
    void aDeletedPracticeLeavesNoDocumentNorRevision() {
        long id = practice(Practices.unique());
        SystemTask.run(() -> catalogue.createProjectCard(id));
        SystemTask.run(() -> catalogue.apply(id, PracticeSheet.PROJECT_CARD, 1, new CanvasEdit.Add("goal", new Note("Цел"))));
        java.util.List<Long> documentIds = jdbc.queryForList(
                "select id from document where owner_kind = 'practice' and owner_id = ?", Long.class, id);
        assertThat(documentIds).hasSize(2);
        assertThat(revisions(documentIds)).isEqualTo(3);

        SystemTask.run(() -> {
            catalogue.delete(id);
            return null;
        });

        assertThat(jdbc.queryForObject("select count(*) from document where owner_kind = 'practice' and owner_id = ?",
                Long.class, id)).isZero();
        assertThat(revisions(documentIds)).isZero();
    }

    private long revisions(java.util.List<Long> documentIds) {
        return jdbc.queryForObject("select count(*) from document_revision where document_id in (?, ?)", Long.class,
                documentIds.get(0), documentIds.get(1));
    }
}
