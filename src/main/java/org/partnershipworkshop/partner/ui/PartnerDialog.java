package org.partnershipworkshop.partner.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.partnershipworkshop.base.Limits;
import org.partnershipworkshop.base.ui.FormDialog;
import org.partnershipworkshop.canvas.PartnerType;
import org.partnershipworkshop.partner.PartnerDetails;
import org.partnershipworkshop.partner.PartnerMerge;
import org.partnershipworkshop.partner.PartnerProfile;
import org.partnershipworkshop.partner.ServiceLink;

/**
 * A registry partner: what a manager records (name, type, region, notes, other names) and, read-only, how
 * groups wrote it and which services it supports. Renaming never changes what groups wrote.
 */
class PartnerDialog extends FormDialog<PartnerDetails> {

    private final TextField name = new TextField();
    private final Select<PartnerType> type = new Select<>();
    private final ComboBox<String> region = new ComboBox<>();
    private final TextArea notes = new TextArea();
    private final TextArea aliases = new TextArea();

    PartnerDialog(PartnerProfile profile, List<String> regions, Consumer<PartnerDetails> onSave) {
        super(profile.details().name(), onSave);
        addClassName("partner-dialog");
        setWidth("min(60rem, 96vw)");
        PartnerDetails d = profile.details();
        PartnerType fromCanvases = profile.summary().typeSet() ? null : profile.summary().type();
        name.setLabel(getTranslation("partner.name"));
        name.setRequired(true);
        name.setMaxLength(Limits.TEXT);
        name.setValue(d.name());
        name.setHelperText(getTranslation("partner.name.helper"));
        type.setLabel(getTranslation("partner.type"));
        type.setItems(PartnerType.values());
        type.setEmptySelectionAllowed(true);
        String fromCanvasesLabel = fromCanvases == null ? Labels.type(this, null)
                : getTranslation("partner.type.fromCanvases", Labels.type(this, fromCanvases));
        type.setEmptySelectionCaption(fromCanvasesLabel);
        type.setItemLabelGenerator(t -> t == null ? fromCanvasesLabel : getTranslation(t.labelKey()));
        type.setValue(d.type());
        region.setLabel(getTranslation("partner.region"));
        region.setItems(regions);
        region.setAllowCustomValue(true);
        region.addCustomValueSetListener(e -> region.setValue(e.getDetail()));
        region.setClearButtonVisible(true);
        region.setValue(d.region());
        if (d.region() == null && !profile.summary().meetingRegions().isEmpty()) {
            region.setHelperText(getTranslation("partner.region.meetings", String.join(", ", profile.summary().meetingRegions())));
        }
        notes.setLabel(getTranslation("partner.notes"));
        notes.setMaxLength(Limits.LONG_TEXT);
        notes.setValue(d.notes() == null ? "" : d.notes());
        aliases.setLabel(getTranslation("partner.aliases"));
        aliases.setHelperText(getTranslation("partner.aliases.helper"));
        aliases.setValue(String.join("\n", d.aliases()));
        FormLayout form = new FormLayout(name, type, region, aliases, notes);
        form.setColspan(name, 2);
        form.setColspan(notes, 2);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30rem", 2));
        Div layout = new Div(form, facts(profile));
        layout.addClassName("partner-dialog-layout");
        add(layout);
    }

    /** How groups wrote the partner, its services and what was merged into it. */
    private Div facts(PartnerProfile profile) {
        Div facts = new Div();
        facts.addClassName("partner-facts");
        facts.add(new H4(getTranslation("partner.spellings")));
        facts.add(new Paragraph(String.join(" · ", profile.spellings())));
        facts.add(new H4(getTranslation("partner.services", profile.links().size())));
        if (profile.links().isEmpty()) {
            facts.add(new Paragraph(getTranslation("partner.services.none")));
        } else {
            UnorderedList services = new UnorderedList();
            services.addClassName("network-panel-list");
            boolean severalMeetings = profile.summary().meetings() > 1;
            for (ServiceLink link : profile.links()) {
                Anchor group = new Anchor("groups/" + link.service().groupId(),
                        getTranslation("network.service.label", link.service().groupNumber(), link.service().groupName()));
                ListItem item = new ListItem(group);
                String details = Labels.serviceDetails(severalMeetings ? link.service().meetingTitle() : null, link);
                if (!details.isEmpty()) {
                    Span secondary = new Span(details);
                    secondary.addClassName("network-panel-secondary");
                    item.add(secondary);
                }
                services.add(item);
            }
            facts.add(services);
        }
        if (!profile.merges().isEmpty()) {
            facts.add(new H4(getTranslation("partner.mergedHere")));
            UnorderedList merged = new UnorderedList();
            for (PartnerMerge m : profile.merges()) {
                merged.add(new ListItem(getTranslation("partner.mergedHere.item", m.mergedName(), m.mergedBy())));
            }
            facts.add(merged);
        }
        Anchor network = new Anchor("network?partner=" + profile.id(), getTranslation("partner.showInNetwork"));
        network.addClassName("network-panel-link");
        facts.add(network);
        return facts;
    }

    @Override
    protected PartnerDetails read() {
        return new PartnerDetails(strip(name.getValue()), type.getValue(), strip(region.getValue()),
                strip(notes.getValue()), lines(aliases.getValue()));
    }

    @Override
    protected Map<String, ? extends HasValidation> fields() {
        return Map.of("name", name, "type", type, "region", region, "notes", notes, "aliases", aliases);
    }
}
