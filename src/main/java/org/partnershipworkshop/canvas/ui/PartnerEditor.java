package org.partnershipworkshop.canvas.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.partnershipworkshop.base.Limits;
import org.partnershipworkshop.canvas.PartnerEntry;
import org.partnershipworkshop.canvas.PartnerType;

/**
 * A partner: name (suggested from partners already known, whose type is then filled in), type and role.
 */
class PartnerEditor extends EntryEditor<PartnerEntry> {

    private final ComboBox<String> name = new ComboBox<>();
    private final Select<PartnerType> type = new Select<>();
    private final TextField role = new TextField();

    PartnerEditor(Function<String, String> translate, BiFunction<String, Integer, List<String>> suggestions,
                  Function<String, Optional<PartnerEntry>> known) {
        addClassName("partner-editor");
        name.setAllowCustomValue(true);
        name.setAriaLabel(translate.apply("canvas.partner.name"));
        name.setPlaceholder(translate.apply("canvas.partner.name"));
        name.addClassName("partner-name");
        name.setItems(query -> suggestions.apply(query.getFilter().orElse(""), query.getOffset() + query.getLimit())
                .stream().skip(query.getOffset()).limit(query.getLimit()));
        name.addCustomValueSetListener(e -> name.setValue(e.getDetail()));
        name.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null && type.getValue() == null) {
                known.apply(e.getValue()).map(PartnerEntry::type).ifPresent(type::setValue);
            }
        });
        type.setItems(PartnerType.values());
        type.setEmptySelectionAllowed(true);
        type.setEmptySelectionCaption(translate.apply("canvas.partner.noType"));
        type.setItemLabelGenerator(t -> t == null ? translate.apply("canvas.partner.noType") : translate.apply(t.labelKey()));
        type.setAriaLabel(translate.apply("canvas.partner.type"));
        type.addClassName("partner-type");
        role.setMaxLength(Limits.TEXT);
        role.setAriaLabel(translate.apply("canvas.partner.role"));
        role.setPlaceholder(translate.apply("canvas.partner.role"));
        role.addClassName("partner-role");
        add(name, type, role);
    }

    @Override
    void show(PartnerEntry entry) {
        name.setValue(entry.name());
        type.setValue(entry.type());
        role.setValue(text(entry.role()));
    }

    @Override
    PartnerEntry read() {
        return new PartnerEntry(strip(name.getValue()), type.getValue(), strip(role.getValue()));
    }

    @Override
    boolean isBlank() {
        return strip(name.getValue()).isEmpty() && role.getValue().isBlank();
    }

    @Override
    void clear() {
        name.clear();
        type.clear();
        role.clear();
    }

    @Override
    void focus() {
        name.focus();
    }

    @Override
    void setReadOnly(boolean readOnly) {
        name.setReadOnly(readOnly);
        type.setReadOnly(readOnly);
        role.setReadOnly(readOnly);
    }

    @Override
    List<HasValue<?, ?>> extraInputs() {
        return List.of(type);
    }

    @Override
    List<ComboBox<String>> customValueInputs() {
        return List.of(name);
    }

    @Override
    Map<String, HasValidation> inputs() {
        return Map.of("name", name, "role", role);
    }
}
