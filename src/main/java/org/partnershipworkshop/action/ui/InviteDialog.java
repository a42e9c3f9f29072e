package org.partnershipworkshop.action.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.partnershipworkshop.library.LibraryFilter;
import org.partnershipworkshop.library.LibraryService;
import org.partnershipworkshop.library.LibrarySummary;

/**
 * Inviting libraries to an action: every library of the region at once, all of chosen municipalities, or chosen
 * libraries (archived ones are not offered). The libraries already taking part stay as they are.
 */
class InviteDialog extends Dialog {

    InviteDialog(LibraryService libraries, Set<Long> taking, Consumer<Set<Long>> invite) {
        setHeaderTitle(getTranslation("action.invite.title"));
        addClassName("action-invite-dialog");
        setWidth("min(40rem, 96vw)");
        List<LibrarySummary> all = libraries.search(LibraryFilter.ALL).stream().filter(l -> !taking.contains(l.id())).toList();
        Checkbox everyone = new Checkbox(getTranslation("action.invite.all", all.size()));
        everyone.addClassName("action-invite-all");
        MultiSelectComboBox<String> municipalities = new MultiSelectComboBox<>(getTranslation("action.invite.municipalities"));
        municipalities.setItems(all.stream().map(l -> l.facts().municipality() == null ? null : l.facts().municipality().name())
                .filter(m -> m != null).distinct().sorted().toList());
        municipalities.setWidthFull();
        municipalities.addClassName("action-invite-municipalities");
        MultiSelectComboBox<LibrarySummary> chosen = new MultiSelectComboBox<>(getTranslation("action.invite.libraries"));
        chosen.setItems(all);
        chosen.setItemLabelGenerator(LibrarySummary::name);
        chosen.setWidthFull();
        chosen.addClassName("action-invite-libraries");
        Paragraph help = new Paragraph(getTranslation("action.invite.help"));
        add(help, everyone, municipalities, chosen);
        Button save = new Button(getTranslation("action.invite.save"), e -> {
            Set<Long> ids = new LinkedHashSet<>();
            all.stream().filter(l -> everyone.getValue() || (l.facts().municipality() != null
                    && municipalities.getValue().contains(l.facts().municipality().name()))).forEach(l -> ids.add(l.id()));
            chosen.getValue().forEach(l -> ids.add(l.id()));
            invite.accept(ids);
            close();
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClassName("dialog-save");
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        getFooter().add(cancel, save);
    }
}
