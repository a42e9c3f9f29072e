package org.partnershipworkshop.meeting.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.partnershipworkshop.BrowserlessTest;
import org.partnershipworkshop.base.SystemTask;
import org.partnershipworkshop.meeting.MeetingDetails;
import org.partnershipworkshop.meeting.MeetingService;
import org.partnershipworkshop.meeting.MeetingSummary;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** A facilitator prepares a meeting in the UI: facts, a table, the programme, feedback. */
@BrowserlessTest
@WithMockUser(username = "facilitator", roles = {"FACILITATOR", "MANAGER"})
class MeetingViewTest extends SpringBrowserlessTest {

    @Autowired
    MeetingService meetings;

    private Button button(String key) {
        String label = getCurrentView().getElement().getComponent().orElseThrow().getTranslation(key);
        return $(Button.class).all().stream().filter(b -> label.equals(b.getText())).reduce((a, b) -> b)
                .orElseThrow(() -> new AssertionError("no button " + label + " among "
                        + $(Button.class).all().stream().map(Button::getText).toList()));
    }

    private TextField textField(String key) {
        String label = getCurrentView().getElement().getComponent().orElseThrow().getTranslation(key);
        return $(TextField.class).all().stream().filter(f -> label.equals(f.getLabel())).reduce((a, b) -> b).orElseThrow();
    }

    @Test
    void aFacilitatorPreparesAMeetingFromScratch() {
        navigate(MeetingsView.class);
        test(button("meetings.new")).click();
        String title = "Библиотеките и младите хора " + System.nanoTime();
        test(textField("meeting.title")).setValue(title);
        test($(DatePicker.class).first()).setValue(LocalDate.of(2026, 11, 26));
        test(textField("meeting.venue")).setValue("Читалище „Просвета“, Смолян");
        test(button("action.save")).click();

        MeetingSummary created = SystemTask.run(() -> meetings.list()).stream()
                .filter(m -> m.title().equals(title)).findFirst().orElseThrow();
        assertThat(created.endDate()).isEqualTo(LocalDate.of(2026, 11, 26));
        assertThat(getCurrentView()).isInstanceOf(MeetingView.class);

        test(button("group.add")).click();
        assertThat($(IntegerField.class).last().getValue()).isEqualTo(1);
        test(textField("group.name")).setValue("Ученици");
        test(button("action.save")).click();

        test($(TabSheet.class).single()).select(1);
        test(button("session.add")).click();
        test(textField("session.title")).setValue("Добри практики");
        test(button("action.save")).click();
        test(button("presentation.add")).click();
        test(textField("presentation.title")).setValue("Лятно четене");
        test(textField("presentation.speaker")).setValue("Мария Петрова");
        test(button("action.save")).click();

        test($(TabSheet.class).single()).select(3);
        test(button("feedback.edit")).click();
        test($(TextArea.class).first()).setValue("Умната диаграма\nПривличане на партньори");
        test(button("action.save")).click();

        MeetingDetails details = SystemTask.run(() -> meetings.details(created.id()));
        assertThat(details.facts().venue()).isEqualTo("Читалище „Просвета“, Смолян");
        assertThat(details.groups()).singleElement().satisfies(g -> {
            assertThat(g.number()).isEqualTo(1);
            assertThat(g.name()).isEqualTo("Ученици");
            assertThat(g.data().templateId()).isEqualTo("smart-diagram");
        });
        assertThat(details.sessions()).singleElement().satisfies(s -> {
            assertThat(s.title()).isEqualTo("Добри практики");
            assertThat(s.presentations()).singleElement()
                    .satisfies(p -> assertThat(p.presentation().speaker()).isEqualTo("Мария Петрова"));
        });
        assertThat(details.feedback().willUse()).containsExactly("Умната диаграма", "Привличане на партньори");
        test($(TabSheet.class).single()).select(0);
        assertThat($(Anchor.class).all()).anySatisfy(a -> assertThat(a.getHref()).isEqualTo("groups/" + details.groups().getFirst().id()));
    }

    @Test
    void aMeetingWithoutATitleIsRefusedAndNothingIsCreated() {
        navigate(MeetingsView.class);
        int before = SystemTask.run(() -> meetings.list()).size();
        test(button("meetings.new")).click();
        test($(DatePicker.class).first()).setValue(LocalDate.of(2026, 11, 26));
        test(button("action.save")).click();
        assertThat(textField("meeting.title").isInvalid()).isTrue();
        assertThat(SystemTask.run(() -> meetings.list())).hasSize(before);
    }
}
