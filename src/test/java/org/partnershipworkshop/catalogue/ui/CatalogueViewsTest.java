package org.partnershipworkshop.catalogue.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.partnershipworkshop.BrowserlessTest;
import org.partnershipworkshop.base.Language;
import org.partnershipworkshop.base.SystemTask;
import org.partnershipworkshop.canvas.CanvasEdit;
import org.partnershipworkshop.canvas.Note;
import org.partnershipworkshop.canvas.ui.HistoryPanel;
import org.partnershipworkshop.catalogue.CatalogueService;
import org.partnershipworkshop.catalogue.PracticeFacts;
import org.partnershipworkshop.catalogue.PracticeSheet;
import org.partnershipworkshop.catalogue.PracticeSummary;
import org.partnershipworkshop.catalogue.Practices;
import org.partnershipworkshop.interchange.InterchangeService;
import org.partnershipworkshop.meeting.MeetingDetails;
import org.partnershipworkshop.meeting.MeetingService;
import org.partnershipworkshop.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** The catalogue and a practice page without a browser: filters from the address and the fields, the history per sheet. */
@BrowserlessTest
@WithMockUser(username = "facilitator", roles = {"FACILITATOR", "MANAGER"})
class CatalogueViewsTest extends SpringBrowserlessTest {

    @Autowired
    CatalogueService catalogue;
    @Autowired
    InterchangeService interchange;
    @Autowired
    MeetingService meetings;

    long currentPracticeId;

    @SuppressWarnings("unchecked")
    private List<Long> listed() {
        Grid<PracticeSummary> grid = $(Grid.class).single();
        return grid.getListDataView().getItems().map(PracticeSummary::id).toList();
    }

    private void open(Map<String, String> query) {
        UI.getCurrent().navigate("practices", QueryParameters.simple(query));
    }

    private Button meetingFilter() {
        // found among hidden components too: it is hidden while no meeting filters
        return descendants($(CatalogueView.class).single()).filter(Button.class::isInstance).map(Button.class::cast)
                .filter(b -> b.hasClassName("filter-meeting")).findFirst().orElseThrow();
    }

    private static Stream<Component> descendants(Component root) {
        return Stream.concat(Stream.of(root), root.getChildren().flatMap(CatalogueViewsTest::descendants));
    }

    @Test
    void theAddressAndTheFieldsFilterTheCatalogue() {
        String u = Practices.unique();
        MeetingDetails meeting = TestData.importExample(interchange, meetings);
        long presentation = meeting.sessions().getFirst().presentations().getFirst().id();
        long early = Practices.create(catalogue, new PracticeFacts(Language.BG, "Пазарджик", 2012, 2013, null, meeting.id(),
                presentation), Practices.fullPassport("Ранна практика " + u, u));
        long late = Practices.create(catalogue, Practices.facts(Language.BG, "Пазарджик", 2021, null, null),
                Practices.fullPassport("Късна практика " + u, u));

        open(Map.of("text", u));
        assertThat(listed()).containsExactlyInAnyOrder(early, late);
        assertThat(meetingFilter().isVisible()).isFalse();

        test($(IntegerField.class).all().get(0)).setValue(2020);
        assertThat(listed()).containsExactly(late);

        open(Map.of("text", u, "meeting", String.valueOf(meeting.id())));
        assertThat(listed()).containsExactly(early);
        assertThat(meetingFilter().isVisible()).isTrue();
        assertThat(meetingFilter().getText()).contains(meeting.facts().title());
        test(meetingFilter()).click();
        assertThat(listed()).containsExactlyInAnyOrder(early, late);
        assertThat(meetingFilter().isVisible()).isFalse();

        open(Map.of("text", u, "from", "2020"));
        assertThat(listed()).as("the years come from the address too").containsExactly(late);
    }

    @Test
    void theHistoryShowsTheSheetOfTheOpenTab() {
        String u = Practices.unique();
        long id = Practices.create(catalogue, Practices.facts(Language.BG, "Смолян", 2018, 2020, null),
                Practices.fullPassport("Лятно четене " + u, u));
        currentPracticeId = id;
        SystemTask.run(() -> catalogue.apply(id, PracticeSheet.PASSPORT, 1, new CanvasEdit.Add("goals", new Note("Още една цел"))));
        SystemTask.run(() -> catalogue.apply(id, PracticeSheet.PASSPORT, 2, new CanvasEdit.Add("goals", new Note("И трета цел"))));
        SystemTask.run(() -> catalogue.createProjectCard(id));
        SystemTask.run(() -> catalogue.apply(id, PracticeSheet.PROJECT_CARD, 1, new CanvasEdit.Add("goal", new Note("Цел на картата"))));

        navigate("practices/" + id, PracticeView.class);
        Button history = $(Button.class).all().stream()
                .filter(b -> getTranslation("canvas.history.button").equals(b.getText())).findFirst().orElseThrow();
        test(history).click();
        assertThat(revisionsShown()).containsExactly("3", "2", "1");

        $(TabSheet.class).single().setSelectedIndex(1);
        assertThat(revisionsShown()).as("the project card's revisions, not the passport's").containsExactly("2", "1");

        // restoring from the card's history restores the card, never the passport
        List<Div> items = $(Div.class, $(HistoryPanel.class).single()).all().stream()
                .filter(d -> d.hasClassName("history-item")).toList();
        test($(Button.class, items.getLast()).single()).click();
        test($(Button.class).all().stream().filter(b -> getTranslation("canvas.history.restore").equals(b.getText()))
                .findFirst().orElseThrow()).click();
        test($(ConfirmDialog.class).single()).confirm();
        assertThat(last(PracticeSheet.PROJECT_CARD)).isEqualTo(3);
        assertThat(last(PracticeSheet.PASSPORT)).isEqualTo(3);
        assertThat(revisionsShown()).containsExactly("3", "2", "1");
        assertThat(SystemTask.run(() -> catalogue.history(id, PracticeSheet.PROJECT_CARD)).getLast().canvas())
                .isEqualTo(SystemTask.run(() -> catalogue.history(id, PracticeSheet.PROJECT_CARD)).getFirst().canvas());
    }

    private long last(PracticeSheet sheet) {
        long id = currentPracticeId;
        return SystemTask.run(() -> catalogue.history(id, sheet)).getLast().revision();
    }

    private List<String> revisionsShown() {
        HistoryPanel panel = $(HistoryPanel.class).single();
        return $(Div.class, panel).all().stream().filter(d -> d.hasClassName("history-item"))
                .map(d -> d.getElement().getAttribute("data-revision")).toList();
    }

    private static String getTranslation(String key) {
        return UI.getCurrent().getTranslation(key);
    }
}
