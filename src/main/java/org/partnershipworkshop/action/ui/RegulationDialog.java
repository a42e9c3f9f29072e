package org.partnershipworkshop.action.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.partnershipworkshop.action.RegulationPart;
import org.partnershipworkshop.base.Limits;
import org.partnershipworkshop.base.ValidationFailedException;
import org.partnershipworkshop.base.ui.Problems;

/** The regulation's sections, each a heading and its text (paragraphs apart by a blank line); sections added and removed. */
class RegulationDialog extends Dialog {

    private record Part(TextField heading, TextArea text, Div box) {
    }

    private final List<Part> parts = new ArrayList<>();
    private final Div list = new Div();

    RegulationDialog(List<RegulationPart> regulation, Consumer<List<RegulationPart>> onSave) {
        setHeaderTitle(getTranslation("action.regulation.edit"));
        addClassName("action-regulation-dialog");
        setWidth("min(60rem, 96vw)");
        setCloseOnOutsideClick(false);
        list.addClassName("action-regulation-parts");
        regulation.forEach(this::add);
        Button more = new Button(getTranslation("action.regulation.add"), VaadinIcon.PLUS.create(), e -> add(new RegulationPart(
                getTranslation("action.regulation.newHeading", parts.size() + 1), "")));
        more.addClassName("action-regulation-add");
        add(list, more);
        Button save = new Button(getTranslation("action.save"), e -> {
            try {
                onSave.accept(parts.stream().map(p -> new RegulationPart(p.heading().getValue(), p.text().getValue())).toList());
                close();
            } catch (ValidationFailedException ex) {
                Problems.show(this, ex);
            }
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClassName("dialog-save");
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }

    private void add(RegulationPart part) {
        TextField heading = new TextField(getTranslation("action.regulation.heading"));
        heading.setValue(part.heading());
        heading.setMaxLength(Limits.TITLE);
        heading.setWidthFull();
        TextArea text = new TextArea(getTranslation("action.regulation.text"));
        text.setValue(part.text());
        text.setMaxLength(Limits.LONG_TEXT);
        text.setWidthFull();
        Div box = new Div();
        Part p = new Part(heading, text, box);
        Button remove = new Button(getTranslation("action.remove"), VaadinIcon.TRASH.create(), e -> {
            parts.remove(p);
            list.remove(box);
        });
        remove.addThemeVariants(ButtonVariant.TERTIARY);
        box.add(heading, text, remove);
        box.addClassName("action-regulation-part");
        parts.add(p);
        list.add(box);
    }
}
