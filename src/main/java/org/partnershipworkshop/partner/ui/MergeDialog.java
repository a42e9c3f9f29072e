package org.partnershipworkshop.partner.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.util.List;
import java.util.function.BiConsumer;
import org.partnershipworkshop.partner.PartnerSummary;

/**
 * Asks which of two partners to keep before merging them, and says what merging does: every canvas entry
 * of the other counts for the kept one, its names become aliases, nothing groups wrote changes, and the
 * merge can be undone. Hands back (kept, merged).
 */
class MergeDialog extends Dialog {

    MergeDialog(PartnerSummary first, PartnerSummary second, BiConsumer<PartnerSummary, PartnerSummary> onMerge) {
        setHeaderTitle(getTranslation("partners.merge.title"));
        addClassName("merge-dialog");
        setWidth("min(36rem, 96vw)");
        RadioButtonGroup<PartnerSummary> keep = new RadioButtonGroup<>(getTranslation("partners.merge.keep"));
        keep.setItems(List.of(first, second));
        keep.setItemLabelGenerator(p -> getTranslation("partners.merge.option", p.name(), p.services(), p.meetings()));
        // The partner with more services usually carries the established name.
        keep.setValue(second.services() > first.services() ? second : first);
        Paragraph explanation = new Paragraph();
        keep.addValueChangeListener(e -> explanation.setText(explain(e.getValue(), other(e.getValue(), first, second))));
        explanation.setText(explain(keep.getValue(), other(keep.getValue(), first, second)));
        explanation.addClassName("merge-explanation");
        add(keep, explanation);
        Button merge = new Button(getTranslation("partners.merge.confirm"), e -> {
            PartnerSummary kept = keep.getValue();
            close();
            onMerge.accept(kept, other(kept, first, second));
        });
        merge.addThemeVariants(ButtonVariant.PRIMARY);
        merge.addClassName("merge-confirm");
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), merge);
    }

    private String explain(PartnerSummary kept, PartnerSummary merged) {
        return getTranslation("partners.merge.explain", merged.name(), kept.name());
    }

    private static PartnerSummary other(PartnerSummary one, PartnerSummary first, PartnerSummary second) {
        return one.id() == first.id() ? second : first;
    }
}
