package org.partnershipworkshop.catalogue.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.internal.JacksonUtils;
import com.vaadin.flow.internal.nodefeature.ElementListenerMap;
import com.vaadin.flow.server.VaadinSession;
import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnershipworkshop.IntegrationTest;
import org.partnershipworkshop.base.Language;
import org.partnershipworkshop.base.SystemTask;
import org.partnershipworkshop.canvas.CanvasEdit;
import org.partnershipworkshop.canvas.Note;
import org.partnershipworkshop.canvas.ui.BoardEditor;
import org.partnershipworkshop.catalogue.CatalogueService;
import org.partnershipworkshop.catalogue.PracticeSheet;
import org.partnershipworkshop.catalogue.Practices;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * A practice page open while another facilitator saves: the passport and the project card are the same live
 * board as a group's canvas. The other's saves appear, the title follows the passport's name, and a change made
 * on an older revision is kept with the other's and told field by field.
 */
@IntegrationTest
@WithMockUser(username = "facilitator", roles = {"FACILITATOR", "MANAGER"})
class PracticeBoardLiveTest extends SpringBrowserlessTest {

    @Autowired
    CatalogueService catalogue;

    String u;
    long id;
    PracticeView view;

    @BeforeEach
    void openAPractice() {
        u = Practices.unique();
        id = Practices.create(catalogue, Practices.facts(Language.BG, "Смолян", 2018, 2020, null),
                Practices.fullPassport("Лятно четене " + u, u));
        SystemTask.run(() -> catalogue.createProjectCard(id));
        view = navigate("practices/" + id, PracticeView.class);
    }

    private void await(BooleanSupplier condition, String what) {
        long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean()) {
            VaadinSession session = VaadinSession.getCurrent();
            session.getService().runPendingAccessTasks(session);
            roundTrip();
            if (System.nanoTime() > end) {
                throw new AssertionError("not within 10 s: " + what);
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private BoardEditor editor(PracticeSheet sheet) {
        return $(BoardEditor.class).all().stream()
                .filter(e -> e.getElement().getAttribute("data-document").equals(sheet.key(id).toString()))
                .findFirst().orElseThrow();
    }

    private Section area(PracticeSheet sheet, String fieldId) {
        return $(Section.class, editor(sheet)).all().stream()
                .filter(a -> fieldId.equals(a.getElement().getAttribute("data-field"))).findFirst().orElseThrow();
    }

    /** The notes shown in a field: every text box but the last, which is for a new note. */
    private List<String> shownNotes(PracticeSheet sheet, String fieldId) {
        List<TextArea> boxes = $(TextArea.class, area(sheet, fieldId)).all();
        return boxes.subList(0, boxes.size() - 1).stream().map(TextArea::getValue).toList();
    }

    private void otherFacilitatorSaves(PracticeSheet sheet, CanvasEdit edit) {
        long revision = SystemTask.run(() -> catalogue.sheet(id, sheet)).revision();
        SystemTask.run(() -> catalogue.apply(id, sheet, revision, edit));
    }

    private String status() {
        return $(Span.class).all().stream().filter(s -> s.hasClassName("save-status")).findFirst().orElseThrow().getText();
    }

    @Test
    void anotherFacilitatorsSavesAppearAndTheTitleFollowsTheName() {
        Note name = new Note("Лятно четене " + u);
        otherFacilitatorSaves(PracticeSheet.PASSPORT, new CanvasEdit.Replace("name", 0, name, new Note("Четене през лятото " + u)));

        await(() -> shownNotes(PracticeSheet.PASSPORT, "name").contains("Четене през лятото " + u), "the other's name");
        assertThat($(H1.class).all().stream().filter(h -> h.hasClassName("practice-title")).findFirst().orElseThrow()
                .getText()).isEqualTo("Четене през лятото " + u);
        assertThat(status()).contains("2");
    }

    /** The row of a field's entry, as the browser sees it. */
    private Element row(PracticeSheet sheet, String fieldId, int index) {
        Element entries = area(sheet, fieldId).getElement().getChildren()
                .filter(e -> e.getClassList().contains("field-entries")).findFirst().orElseThrow();
        return entries.getChild(index);
    }

    /** The browser reports focus moving into a row from outside it. */
    private static void focusIn(Element row) {
        row.getNode().getFeature(ElementListenerMap.class).fireEvent(new DomEvent(row, "focusin",
                JacksonUtils.createObjectNode().put("!element.contains(event.relatedTarget)", true)));
    }

    @Test
    void aChangeToANoteTheOtherChangedMeanwhileKeepsBothAndIsToldFieldByField() {
        Element typing = row(PracticeSheet.PASSPORT, "team", 0);
        focusIn(typing);
        otherFacilitatorSaves(PracticeSheet.PASSPORT, new CanvasEdit.Replace("team", 0,
                new Note("Мария Петрова, библиотекар"), new Note("Мария Петрова, главен библиотекар")));
        await(() -> status().contains(" 2 "), "the other's save shown");
        TextArea input = $(TextArea.class, area(PracticeSheet.PASSPORT, "team")).all().stream()
                .filter(t -> typing.equals(t.getElement().getParent().getParent())
                        || typing.equals(t.getElement().getParent())).findFirst().orElseThrow();
        assertThat(input.getValue()).as("the row being typed in is left alone").isEqualTo("Мария Петрова, библиотекар");

        test(input).setValue("Мария Петрова, библиотекар и водеща");

        var saved = SystemTask.run(() -> catalogue.sheet(id, PracticeSheet.PASSPORT));
        assertThat(saved.revision()).isEqualTo(3);
        assertThat(saved.canvas().entries("team")).containsExactly(new Note("Мария Петрова, главен библиотекар"),
                new Note("Мария Петрова, библиотекар и водеща"));
        String notice = $(Notification.class).all().stream().map(n -> n.getElement().getTextRecursively()).findFirst()
                .orElseThrow();
        assertThat(notice).contains("system")
                .contains("“Мария Петрова, библиотекар” → “Мария Петрова, главен библиотекар”")
                .contains(view.getTranslation("canvas.live.mergedKept"));
    }

    @Test
    void theProjectCardIsLiveToo() {
        $(TabSheet.class).single().setSelectedIndex(1);
        otherFacilitatorSaves(PracticeSheet.PROJECT_CARD, new CanvasEdit.Add("users", new Note("Децата от селата")));
        await(() -> shownNotes(PracticeSheet.PROJECT_CARD, "users").contains("Децата от селата"), "the card's note");
        assertThat(status()).as("the header shows the open tab's sheet").contains("2");
        assertThat(SystemTask.run(() -> catalogue.sheet(id, PracticeSheet.PASSPORT)).revision()).isEqualTo(1);
    }
}
