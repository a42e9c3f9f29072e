package org.partnershipworkshop.canvas.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.partnershipworkshop.BrowserlessTest;
import org.partnershipworkshop.base.SystemTask;
import org.partnershipworkshop.canvas.CanvasService;
import org.partnershipworkshop.canvas.PartnerEntry;
import org.partnershipworkshop.interchange.InterchangeService;
import org.partnershipworkshop.meeting.MeetingService;
import org.partnershipworkshop.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** The partner area of the editor shows partners suggested for the canvas; one click adds one as an entry. */
@BrowserlessTest
@WithMockUser(username = "facilitator", roles = {"FACILITATOR", "MANAGER"})
class PartnerSuggestionsInEditorTest extends SpringBrowserlessTest {

    @Autowired
    InterchangeService interchange;
    @Autowired
    MeetingService meetings;
    @Autowired
    CanvasService canvases;

    @Test
    void aSuggestedPartnerIsAddedWithOneClick() {
        long groupId = TestData.importExample(interchange, meetings).groups().stream()
                .filter(g -> g.number() == 2).findFirst().orElseThrow().id();
        navigate("groups/" + groupId, CanvasEditorView.class);

        PartnerSuggestionStrip strip = $(PartnerSuggestionStrip.class).first();
        assertThat(strip.isVisible()).isTrue();
        List<Button> suggested = $(Button.class, strip).all();
        assertThat(suggested).hasSizeBetween(1, 5);
        assertThat(suggested).extracting(Button::getText).doesNotContain("Учители", "Родители").contains("Местна власт");
        assertThat(suggested.getFirst().getTooltip().getText()).isNotBlank();

        Button local = suggested.stream().filter(b -> b.getText().equals("Местна власт")).findFirst().orElseThrow();
        test(local).click();

        List<PartnerEntry> saved = SystemTask.run(() -> canvases.current(groupId)).canvas().entries("partners", PartnerEntry.class);
        assertThat(saved).extracting(PartnerEntry::name).containsExactly("Учители", "Родители", "Местна власт");
        assertThat(saved.getLast().type()).as("the registry's type comes along").isNotNull();
        assertThat($(Button.class, strip).all()).extracting(Button::getText).doesNotContain("Местна власт");
    }
}
