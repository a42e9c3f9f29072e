package org.partnershipworkshop.partner.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.partnershipworkshop.BrowserlessTest;
import org.partnershipworkshop.base.SystemTask;
import org.partnershipworkshop.interchange.InterchangeService;
import org.partnershipworkshop.meeting.MeetingService;
import org.partnershipworkshop.partner.PartnerMeetings;
import org.partnershipworkshop.partner.PartnerMerge;
import org.partnershipworkshop.partner.PartnerService;
import org.partnershipworkshop.partner.PartnerSummary;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** The registry as a manager uses it: search, open a partner and rename it, merge two and undo. */
@BrowserlessTest
@WithMockUser(username = "manager", roles = "MANAGER")
class PartnersViewTest extends SpringBrowserlessTest {

    @Autowired
    InterchangeService interchange;
    @Autowired
    MeetingService meetings;
    @Autowired
    PartnerService partners;

    @Test
    void searchRenameMergeAndUndo() {
        String u = PartnerMeetings.unique();
        PartnerMeetings.importMeeting(interchange, meetings, "Регистър " + u, "Смолян", List.of(new PartnerMeetings.Group(
                "Деца", null, PartnerMeetings.partners(PartnerMeetings.partner("Музей " + u),
                        PartnerMeetings.partner("Музеят " + u), PartnerMeetings.partner("Читалище " + u)))));
        PartnersView view = navigate(PartnersView.class);
        test($(TextField.class).first()).setValue(u.toLowerCase());
        @SuppressWarnings("unchecked")
        Grid<PartnerSummary> grid = $(Grid.class).first();
        assertThat(test(grid).size()).isEqualTo(3);

        // Open a partner from its name and rename it.
        int row = 0;
        while (!test(grid).getRow(row).name().equals("Читалище " + u)) {
            row++;
        }
        // The name is a button that opens the partner.
        Component cell = test(grid).getCellComponent(row, "name");
        test($(NativeButton.class, cell).first()).click();
        PartnerDialog dialog = $(PartnerDialog.class).first();
        test($(TextField.class, dialog).first()).setValue("Народно читалище " + u);
        test($(Button.class, dialog).all().stream().filter(b -> b.getClassNames().contains("dialog-save"))
                .findFirst().orElseThrow()).click();
        assertThat(partners.partners()).extracting(PartnerSummary::name).contains("Народно читалище " + u)
                .doesNotContain("Читалище " + u);

        // Merge the two museums from a selection; the merge button asks which name to keep.
        Button merge = $(Button.class).all().stream().filter(b -> b.getText().equals(view.getTranslation("partners.mergeSelected")))
                .findFirst().orElseThrow();
        assertThat(merge.isEnabled()).isFalse();
        // (the tester's select() picks one row; ticking two check boxes selects both)
        List<PartnerSummary> museums = List.of(test(grid).getRow(0), test(grid).getRow(1), test(grid).getRow(2))
                .stream().filter(p -> p.name().startsWith("Музе")).toList();
        grid.asMultiSelect().select(museums);
        assertThat(test(grid).getSelected()).extracting(PartnerSummary::name).containsExactlyInAnyOrder("Музей " + u, "Музеят " + u);
        assertThat(merge.isEnabled()).isTrue();
        test(merge).click();
        test($(Button.class).all().stream().filter(b -> b.getClassNames().contains("merge-confirm")).findFirst()
                .orElseThrow()).click();

        assertThat(test(grid).size()).isEqualTo(2);
        PartnerMerge done = partners.merges(1).getFirst();
        assertThat(List.of(done.keptName(), done.mergedName())).containsExactlyInAnyOrder("Музей " + u, "Музеят " + u);

        // Undo from the notification that follows the merge.
        test($(Button.class).all().stream().filter(b -> b.getClassNames().contains("merge-undo")).findFirst()
                .orElseThrow()).click();
        assertThat(test(grid).size()).isEqualTo(3);
        assertThat(SystemTask.run(() -> partners.merges(5))).filteredOn(m -> m.id() == done.id())
                .singleElement().satisfies(m -> assertThat(m.undone()).isTrue());
    }
}
