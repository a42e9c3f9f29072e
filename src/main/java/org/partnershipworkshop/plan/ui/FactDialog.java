package org.partnershipworkshop.plan.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.partnershipworkshop.base.Limits;
import org.partnershipworkshop.base.StaleRevisionException;
import org.partnershipworkshop.base.ui.DatePickers;
import org.partnershipworkshop.base.ui.FormDialog;
import org.partnershipworkshop.base.ui.Notifications;
import org.partnershipworkshop.plan.Due;
import org.partnershipworkshop.plan.FactInput;
import org.partnershipworkshop.plan.FactStatus;
import org.partnershipworkshop.plan.Row;
import org.partnershipworkshop.plan.RowFact;
import org.partnershipworkshop.plan.RowSchedule;

/**
 * What became of a row in one month: done (on which day, what was done, how many took part), moved (to which
 * day), cancelled (why) or planned again. The month is the one the month view shows, else the row's first open
 * occasion, unless the person picks another; the month's fact already entered is shown to be changed. Saved against the row's revision: a row
 * changed on another screen meanwhile is not overwritten.
 */
class FactDialog extends FormDialog<FactInput> {

    private final ComboBox<YearMonth> month = new ComboBox<>();
    private final RadioButtonGroup<FactStatus> status = new RadioButtonGroup<>();
    private final DatePicker date = DatePickers.of();
    private final DatePicker movedTo = DatePickers.of();
    private final TextField reason = new TextField();
    private final TextArea note = new TextArea();
    private final IntegerField participants = new IntegerField();
    private final Row row;

    FactDialog(PlanView view, Row row, RowSchedule schedule, YearMonth shown) {
        super(view.getTranslation("plan.ui.factTitle"), input -> save(view, row, input));
        this.row = row;
        addClassName("plan-fact-dialog");
        setWidth("min(40rem, 96vw)");
        int year = view.page().plan().year();
        Paragraph what = new Paragraph(row.text() + (row.term() == null ? "" : " — " + row.term()));
        what.addClassName("plan-fact-row");
        month.setLabel(getTranslation("plan.col.month"));
        month.setItems(IntStream.rangeClosed(1, 12).mapToObj(m -> YearMonth.of(year, m)).toList());
        month.setItemLabelGenerator(m -> m.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, getLocale()) + " " + m.getYear());
        month.setRequired(true);
        month.addClassName("plan-fact-month");
        status.setLabel(getTranslation("plan.col.status"));
        status.setItems(FactStatus.values());
        status.setItemLabelGenerator(s -> getTranslation(s.labelKey()));
        status.addClassName("plan-fact-status");
        date.setLabel(getTranslation("plan.col.date"));
        date.addClassName("plan-fact-date");
        movedTo.setLabel(getTranslation("plan.fact.movedTo"));
        movedTo.addClassName("plan-fact-moved-to");
        reason.setLabel(getTranslation("plan.ui.reason"));
        reason.setMaxLength(Limits.TEXT);
        reason.addClassName("plan-fact-reason");
        note.setLabel(getTranslation("plan.ui.whatWasDone"));
        note.setMaxLength(Limits.LONG_TEXT);
        note.addClassName("plan-fact-note");
        participants.setLabel(getTranslation("plan.col.participants"));
        participants.setMin(0);
        participants.addClassName("plan-fact-participants");
        status.addValueChangeListener(e -> showFor(e.getValue()));
        month.addValueChangeListener(e -> fill(e.getValue()));
        FormLayout form = new FormLayout(month, status, date, movedTo, reason, participants, note);
        form.setColspan(status, 2);
        form.setColspan(note, 2);
        form.setColspan(reason, 2);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("28rem", 2));
        add(what, form);
        month.setValue(shown != null ? shown : firstOpen(schedule, view.page().today(), year));
        if (status.getValue() == null) {
            status.setValue(FactStatus.DONE);
        }
    }

    private static void save(PlanView view, Row row, FactInput input) {
        try {
            view.facts().setFact(view.id(), row.id(), row.revision(), input);
            view.saved("plan.ui.factSaved");
        } catch (StaleRevisionException e) {
            Notifications.error(view.getTranslation("plan.ui.stale"));
            view.saved(null);
        }
    }

    /** The month of the row's first occasion still planned; else the first occasion; else the current month. */
    private static YearMonth firstOpen(RowSchedule schedule, java.time.LocalDate today, int year) {
        List<Due> dated = schedule.dues().stream().filter(d -> d.occasion() != null).toList();
        return dated.stream().filter(d -> d.status() == FactStatus.PLANNED).map(Due::month).findFirst()
                .or(() -> dated.stream().map(Due::month).findFirst())
                .orElse(today.getYear() == year ? YearMonth.from(today) : YearMonth.of(year, Month.JANUARY));
    }

    private void fill(YearMonth chosen) {
        RowFact fact = chosen == null ? null : row.fact(chosen).orElse(null);
        status.setValue(fact == null ? FactStatus.DONE : fact.status());
        date.setValue(fact == null ? null : fact.date());
        movedTo.setValue(fact == null ? null : fact.movedTo());
        reason.setValue(fact == null || fact.reason() == null ? "" : fact.reason());
        note.setValue(fact == null || fact.note() == null ? "" : fact.note());
        participants.setValue(fact == null ? null : fact.participants());
        showFor(status.getValue());
    }

    private void showFor(FactStatus chosen) {
        date.setVisible(chosen == FactStatus.DONE);
        participants.setVisible(chosen == FactStatus.DONE);
        movedTo.setVisible(chosen == FactStatus.MOVED);
        reason.setVisible(chosen == FactStatus.CANCELLED);
    }

    @Override
    protected FactInput read() {
        FactStatus chosen = status.getValue();
        return new FactInput(month.getValue(), chosen, chosen == FactStatus.DONE ? date.getValue() : null,
                chosen == FactStatus.MOVED ? movedTo.getValue() : null,
                chosen == FactStatus.CANCELLED ? strip(reason.getValue()) : null, strip(note.getValue()),
                chosen == FactStatus.DONE ? participants.getValue() : null);
    }

    @Override
    protected Map<String, ? extends HasValidation> fields() {
        Map<String, HasValidation> fields = new LinkedHashMap<>();
        fields.put("month", month);
        fields.put("status", status);
        fields.put("date", date);
        fields.put("movedTo", movedTo);
        fields.put("reason", reason);
        fields.put("note", note);
        fields.put("participants", participants);
        return fields;
    }
}
