package org.partnershipworkshop.canvas.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.partnershipworkshop.base.Limits;
import org.partnershipworkshop.canvas.Resource;

/** A resource: what is needed, and optionally what it costs in which currency. */
class ResourceEditor extends EntryEditor<Resource> {

    static final List<String> COMMON_CURRENCIES = List.of("EUR", "BGN", "RUB", "USD");

    private final TextArea item = new TextArea();
    private final BigDecimalField amount = new BigDecimalField();
    private final ComboBox<String> currency = new ComboBox<>();

    ResourceEditor(String itemLabel, String amountLabel, String currencyLabel, String defaultCurrency) {
        addClassName("resource-editor");
        item.setMaxLength(Limits.TEXT);
        item.setAriaLabel(itemLabel);
        item.setPlaceholder(itemLabel);
        item.addClassName("resource-item");
        item.setMinRows(1);
        amount.setAriaLabel(amountLabel);
        amount.setPlaceholder(amountLabel);
        amount.addClassName("resource-amount");
        List<String> currencies = new ArrayList<>(COMMON_CURRENCIES);
        if (defaultCurrency != null && !currencies.contains(defaultCurrency)) {
            currencies.add(0, defaultCurrency);
        }
        currency.setItems(currencies);
        currency.setAllowCustomValue(true);
        currency.addCustomValueSetListener(e -> currency.setValue(e.getDetail().strip().toUpperCase()));
        currency.setAriaLabel(currencyLabel);
        currency.setPlaceholder(currencyLabel);
        currency.addClassName("resource-currency");
        currency.setValue(defaultCurrency);
        add(item, amount, currency);
    }

    @Override
    void show(Resource entry) {
        item.setValue(entry.item());
        amount.setValue(entry.amount());
        if (entry.currency() != null) {
            currency.setValue(entry.currency());
        }
    }

    @Override
    Resource read() {
        String code = currency.getValue();
        return new Resource(strip(item.getValue()), amount.getValue(),
                amount.getValue() == null || code == null ? null : code.strip().toUpperCase());
    }

    @Override
    boolean isBlank() {
        return item.getValue().isBlank() && amount.getValue() == null;
    }

    @Override
    void clear() {
        item.clear();
        amount.clear();
    }

    @Override
    void focus() {
        item.focus();
    }

    @Override
    void setReadOnly(boolean readOnly) {
        item.setReadOnly(readOnly);
        amount.setReadOnly(readOnly);
        currency.setReadOnly(readOnly);
    }

    @Override
    List<HasValue<?, ?>> extraInputs() {
        return List.of(currency);
    }

    @Override
    boolean multiline() {
        return true;
    }

    @Override
    List<ComboBox<String>> customValueInputs() {
        return List.of(currency);
    }

    @Override
    Map<String, HasValidation> inputs() {
        return Map.of("item", item, "amount", amount);
    }
}
