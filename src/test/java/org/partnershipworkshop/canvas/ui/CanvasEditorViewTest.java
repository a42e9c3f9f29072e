package org.partnershipworkshop.canvas.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.internal.JacksonUtils;
import com.vaadin.flow.internal.nodefeature.ElementListenerMap;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnershipworkshop.BrowserlessTest;
import org.partnershipworkshop.base.SystemTask;
import org.partnershipworkshop.canvas.CanvasService;
import org.partnershipworkshop.canvas.Note;
import org.partnershipworkshop.canvas.PartnerEntry;
import org.partnershipworkshop.canvas.PartnerType;
import org.partnershipworkshop.canvas.Resource;
import org.partnershipworkshop.interchange.InterchangeService;
import org.partnershipworkshop.meeting.MeetingService;
import org.partnershipworkshop.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** The canvas editor as a group uses it, without a browser: every change is saved and shown back. */
@BrowserlessTest
@WithMockUser(username = "facilitator", roles = {"FACILITATOR", "MANAGER"})
class CanvasEditorViewTest extends SpringBrowserlessTest {

    @Autowired
    InterchangeService interchange;
    @Autowired
    MeetingService meetings;
    @Autowired
    CanvasService canvases;

    long groupId;
    CanvasEditorView view;

    @BeforeEach
    void openGroupTwo() {
        var meeting = TestData.importExample(interchange, meetings);
        groupId = meeting.groups().stream().filter(g -> g.number() == 2).findFirst().orElseThrow().id();
        view = navigate("groups/" + groupId, CanvasEditorView.class);
    }

    private FieldArea<?> area(String fieldId) {
        return $(FieldArea.class).all().stream()
                .filter(a -> fieldId.equals(a.getElement().getAttribute("data-field"))).findFirst().orElseThrow();
    }

    private List<TextArea> noteInputs(String fieldId) {
        return $(TextArea.class, area(fieldId)).all();
    }

    private Button addButton(String fieldId) {
        return $(Button.class, area(fieldId)).all().stream()
                .filter(b -> b.getElement().getAttribute("aria-label") != null
                        && b.getElement().getAttribute("aria-label").startsWith(view.getTranslation("canvas.add")))
                .findFirst().orElseThrow();
    }

    /** Clicks a row's move or remove control as the browser reports it: one click listener for the row's controls. */
    private void clickRowControl(String fieldId, int row, String action) {
        EntryRow<?> entry = $(EntryRow.class, area(fieldId)).all().get(row);
        Element controls = entry.getElement().getChildren().filter(e -> e.getClassList().contains("entry-controls"))
                .findFirst().orElseThrow();
        assertThat(controls.getChildren().map(c -> c.getAttribute("data-action"))).contains(action);
        controls.getNode().getFeature(ElementListenerMap.class).fireEvent(new DomEvent(controls, "click",
                JacksonUtils.createObjectNode().put(EntryRow.CLICKED, action)));
    }

    private List<String> savedNotes(String fieldId) {
        return SystemTask.run(() -> canvases.current(groupId)).canvas().entries(fieldId, Note.class)
                .stream().map(Note::text).toList();
    }

    @Test
    void addsEditsReordersAndRemovesNotes() {
        long before = SystemTask.run(() -> canvases.current(groupId)).revision();
        // The last text area of a notes field is the one that adds a note.
        TextArea adder = noteInputs("goal").getLast();
        test(adder).setValue("Децата идват с желание");
        test(addButton("goal")).click();
        test(noteInputs("goal").getLast()).setValue("Родителите са доволни");
        test(addButton("goal")).click();
        assertThat(savedNotes("goal")).containsExactly("Децата идват с желание", "Родителите са доволни");
        assertThat(noteInputs("goal")).hasSize(3);
        assertThat($(Span.class).all().stream().map(Span::getText))
                .anyMatch(t -> t.contains(String.valueOf(before + 2)));

        test(noteInputs("goal").getFirst()).setValue("Децата идват с радост");
        assertThat(savedNotes("goal")).containsExactly("Децата идват с радост", "Родителите са доволни");

        clickRowControl("goal", 1, EntryRow.UP);
        assertThat(savedNotes("goal")).containsExactly("Родителите са доволни", "Децата идват с радост");
        assertThat(noteInputs("goal").getFirst().getValue()).isEqualTo("Родителите са доволни");

        clickRowControl("goal", 0, EntryRow.REMOVE);
        assertThat(savedNotes("goal")).containsExactly("Децата идват с радост");
        assertThat(noteInputs("goal")).hasSize(2);

        // An emptied note is removed.
        test(noteInputs("goal").getFirst()).setValue("");
        assertThat(savedNotes("goal")).isEmpty();
        assertThat(SystemTask.run(() -> canvases.history(groupId))).hasSizeGreaterThanOrEqualTo(6);
    }

    @Test
    void aTooLongNoteIsRefusedAndKeptInTheField() {
        TextArea first = noteInputs("needs").getFirst();
        String tooLong = "я".repeat(2001);
        first.setMaxLength(5000); // the browser would stop at 2000; a crafted request would not
        test(first).setValue(tooLong);
        assertThat(first.isInvalid()).isTrue();
        assertThat(first.getValue()).isEqualTo(tooLong);
        assertThat(savedNotes("needs")).containsExactly("Възпитаване у децата на интерес към познанието и любов към знанието");
    }

    @Test
    void resourcesShowARunningTotalPerCurrency() {
        FieldArea<?> resources = area("resources");
        List<TextArea> items = $(TextArea.class, resources).all();
        List<BigDecimalField> amounts = $(BigDecimalField.class, resources).all();
        // Give the first existing resource a cost, then add one more.
        test(amounts.getFirst()).setValue(new BigDecimal("120"));
        test(items.getLast()).setValue("Торби с логото");
        test($(BigDecimalField.class, resources).all().getLast()).setValue(new BigDecimal("30.50"));
        test(addButton("resources")).click();

        List<Resource> saved = SystemTask.run(() -> canvases.current(groupId)).canvas().entries("resources", Resource.class);
        assertThat(saved).hasSize(5);
        assertThat(saved.getFirst().amount()).isEqualByComparingTo("120");
        assertThat(saved.getFirst().currency()).isEqualTo("EUR");
        assertThat(saved.getLast()).isEqualTo(new Resource("Торби с логото", new BigDecimal("30.50"), "EUR"));
        String total = $(Span.class, resources).all().stream().filter(s -> s.hasClassName("resource-total"))
                .findFirst().orElseThrow().getText();
        assertThat(total).matches(".*150[.,]50 EUR.*");
    }

    @Test
    @SuppressWarnings("unchecked")
    void partnerNamesAreSuggestedFromKnownPartnersWithTheirType() {
        FieldArea<?> partners = area("partners");
        ComboBox<String> name = (ComboBox<String>) $(ComboBox.class, partners).all().getLast();
        // "Община" is a partner of other groups of the meeting (type municipality).
        List<String> suggestions = test(name).getSuggestions();
        assertThat(suggestions).isNotEmpty();
        test(name).setFilter("общ");
        assertThat(test(name).getSuggestions()).contains("Община");
        test(name).selectItem("Община");
        Select<PartnerType> type = (Select<PartnerType>) $(Select.class, partners).all().getLast();
        assertThat(type.getValue()).isEqualTo(PartnerType.MUNICIPALITY);
        test(addButton("partners")).click();
        assertThat(SystemTask.run(() -> canvases.current(groupId)).canvas().entries("partners", PartnerEntry.class))
                .last().isEqualTo(new PartnerEntry("Община", PartnerType.MUNICIPALITY, null));
    }
}
