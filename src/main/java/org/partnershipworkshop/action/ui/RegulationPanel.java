package org.partnershipworkshop.action.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.partnershipworkshop.action.ActionFacts;
import org.partnershipworkshop.action.RegulationPart;
import org.partnershipworkshop.action.Stage;
import org.partnershipworkshop.base.ui.Formats;

/** The action's regulation («Положение») section by section, its stages with their dates, its partners. */
class RegulationPanel extends Div {

    private final Runnable edit;

    RegulationPanel(Runnable edit) {
        this.edit = edit;
        addClassName("action-regulation");
    }

    void show(ActionFacts f) {
        removeAll();
        if (edit != null) {
            Button change = new Button(getTranslation("action.regulation.edit"), VaadinIcon.EDIT.create(), e -> edit.run());
            change.addClassName("action-regulation-edit");
            add(change);
        }
        if (!f.stages().isEmpty()) {
            add(new H3(getTranslation("action.facts.stages")));
            UnorderedList stages = new UnorderedList();
            stages.addClassName("action-stages");
            for (Stage s : f.stages()) {
                String when = s.starts() == null ? "" : " · " + Formats.dates(s.starts(), s.ends(), getLocale());
                stages.add(new ListItem(s.name() + when));
            }
            add(stages);
        }
        if (f.regulation().isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("action.regulation.none"));
            none.addClassName("action-quiet");
            add(none);
        }
        for (RegulationPart part : f.regulation()) {
            H4 heading = new H4(part.heading());
            heading.addClassName("action-regulation-heading");
            add(heading);
            for (String paragraph : part.paragraphs()) {
                Paragraph p = new Paragraph(paragraph);
                p.addClassName("action-regulation-text");
                add(p);
            }
        }
        if (!f.partners().isEmpty()) {
            add(new H3(getTranslation("action.facts.partners")));
            UnorderedList partners = new UnorderedList();
            f.partners().forEach(p -> partners.add(new ListItem(p)));
            add(partners);
        }
    }
}
