package org.partnershipworkshop.library.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import org.partnershipworkshop.base.ui.FormDialog;
import org.partnershipworkshop.library.LibraryChoices;
import org.partnershipworkshop.library.LibraryDetails;
import org.partnershipworkshop.library.LibraryFacts;
import org.partnershipworkshop.library.LibraryKind;
import org.partnershipworkshop.library.LibrarySummary;
import org.partnershipworkshop.library.Municipality;
import org.partnershipworkshop.library.MunicipalityKind;

/**
 * Adds a library or changes one: name, kind, the library it belongs to (not itself nor one of its branches),
 * municipality, region, address and contacts, and the key a re-import recognises it by (made from the name
 * when left empty). Hands the facts back; the view calls the service.
 */
class LibraryDialog extends FormDialog<LibraryFacts> {

    private final TextField name = new TextField();
    private final Select<LibraryKind> kind = new Select<>();
    private final ComboBox<LibrarySummary> parent = new ComboBox<>();
    private final Select<MunicipalityKind> municipalityKind = new Select<>();
    private final ComboBox<String> municipality = new ComboBox<>();
    private final ComboBox<String> region = new ComboBox<>();
    private final TextArea address = new TextArea();
    private final TextField email = new TextField();
    private final TextField phone = new TextField();
    private final TextField website = new TextField();
    private final TextField key = new TextField();

    private final List<LibrarySummary> libraries;

    /** {@code existing}: the library changed, or null for a new one. */
    LibraryDialog(String title, LibraryDetails existing, List<LibrarySummary> libraries,
                  LibraryChoices choices, Consumer<LibraryFacts> onSave) {
        super(title, onSave);
        this.libraries = libraries;
        addClassName("library-dialog");
        setWidth("min(48rem, 96vw)");
        name.setLabel(getTranslation("library.name"));
        name.setRequired(true);
        name.addClassName("library-name-field");
        kind.setLabel(getTranslation("library.kind"));
        kind.setItems(LibraryKind.values());
        kind.setItemLabelGenerator(k -> Labels.kind(this, k));
        kind.addClassName("library-kind-field");
        parent.setLabel(getTranslation("library.parent"));
        parent.setHelperText(getTranslation("library.parent.helper"));
        parent.setItems(parents(existing, libraries));
        parent.setItemLabelGenerator(l -> l.name() + (Labels.municipality(l.facts()).isEmpty() ? ""
                : " · " + Labels.municipality(l.facts())));
        parent.setClearButtonVisible(true);
        parent.addClassName("library-parent-field");
        municipalityKind.setLabel(getTranslation("library.municipality.kind"));
        municipalityKind.setItems(MunicipalityKind.values());
        municipalityKind.setEmptySelectionAllowed(true);
        municipalityKind.setEmptySelectionCaption(getTranslation("library.municipality.none"));
        municipalityKind.setItemLabelGenerator(k -> k == null ? getTranslation("library.municipality.none")
                : getTranslation(k.labelKey()));
        typed(municipality, "library.municipality", choices.municipalities());
        typed(region, "library.region", choices.regions());
        region.setRequired(true);
        address.setLabel(getTranslation("library.address"));
        email.setLabel(getTranslation("library.email"));
        phone.setLabel(getTranslation("library.phone"));
        website.setLabel(getTranslation("library.website"));
        website.setPlaceholder(getTranslation("library.website.placeholder"));
        key.setLabel(getTranslation("library.key"));
        key.setHelperText(getTranslation("library.key.helper"));
        key.addClassName("library-key-field");
        if (existing != null) {
            fill(existing.facts());
        } else if (choices.regions().size() == 1) {
            region.setValue(choices.regions().getFirst());
        }
        FormLayout form = new FormLayout(name, kind, parent, municipalityKind, municipality, region, address, email,
                phone, website, key);
        form.setColspan(name, 2);
        form.setColspan(parent, 2);
        form.setColspan(address, 2);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32rem", 2));
        add(form);
    }

    /** A new branch of {@code parent}: it belongs there, in the same municipality and region. */
    LibraryDialog startAsBranchOf(LibraryDetails parent) {
        kind.setValue(LibraryKind.BRANCH);
        libraries.stream().filter(l -> l.id() == parent.id()).findFirst().ifPresent(this.parent::setValue);
        if (parent.facts().municipality() != null) {
            municipalityKind.setValue(parent.facts().municipality().kind());
            municipality.setValue(parent.facts().municipality().name());
        }
        region.setValue(parent.facts().region());
        return this;
    }

    private void fill(LibraryFacts f) {
        name.setValue(Objects.toString(f.name(), ""));
        kind.setValue(f.kind());
        if (f.parentId() != null) {
            libraries.stream().filter(l -> l.id() == f.parentId()).findFirst().ifPresent(parent::setValue);
        }
        if (f.municipality() != null) {
            municipalityKind.setValue(f.municipality().kind());
            municipality.setValue(f.municipality().name());
        }
        region.setValue(f.region());
        address.setValue(Objects.toString(f.address(), ""));
        email.setValue(Objects.toString(f.email(), ""));
        phone.setValue(Objects.toString(f.phone(), ""));
        website.setValue(Objects.toString(f.website(), ""));
        key.setValue(Objects.toString(f.key(), ""));
    }

    /** A box offering the registry's values that also takes a new one typed in. */
    private void typed(ComboBox<String> box, String labelKey, List<String> items) {
        box.setLabel(getTranslation(labelKey));
        box.setItems(items);
        box.setAllowCustomValue(true);
        box.addCustomValueSetListener(e -> {
            List<String> all = new java.util.ArrayList<>(items);
            all.add(0, e.getDetail());
            box.setItems(all);
            box.setValue(e.getDetail());
        });
    }

    /** Libraries this one may belong to: not archived, and neither itself nor one of its branches (at any depth). */
    private static List<LibrarySummary> parents(LibraryDetails existing, List<LibrarySummary> libraries) {
        if (existing == null) {
            return libraries.stream().filter(l -> !l.archived()).toList();
        }
        Set<Long> below = new HashSet<>(Set.of(existing.id()));
        boolean grew = true;
        while (grew) {
            grew = libraries.stream().filter(l -> l.facts().parentId() != null && below.contains(l.facts().parentId()))
                    .map(LibrarySummary::id).map(below::add).reduce(false, Boolean::logicalOr);
        }
        return libraries.stream().filter(l -> !l.archived() && !below.contains(l.id())).toList();
    }

    @Override
    protected LibraryFacts read() {
        String municipalityName = strip(municipality.getValue());
        Municipality place = municipalityKind.getValue() == null && municipalityName.isEmpty() ? null
                : new Municipality(municipalityKind.getValue(), municipalityName);
        return new LibraryFacts(strip(key.getValue()), strip(name.getValue()), kind.getValue(),
                parent.getValue() == null ? null : parent.getValue().id(), place, strip(region.getValue()),
                strip(address.getValue()), strip(email.getValue()), strip(phone.getValue()), strip(website.getValue()));
    }

    @Override
    protected Map<String, ? extends HasValidation> fields() {
        return Map.ofEntries(Map.entry("key", key), Map.entry("name", name), Map.entry("kind", kind),
                Map.entry("parent", parent), Map.entry("municipality.kind", municipalityKind),
                Map.entry("municipality.name", municipality), Map.entry("region", region), Map.entry("address", address),
                Map.entry("email", email), Map.entry("phone", phone), Map.entry("website", website));
    }
}
