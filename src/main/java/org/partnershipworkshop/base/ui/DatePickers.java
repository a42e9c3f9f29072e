package org.partnershipworkshop.base.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Date pickers in the user's language: the component's own texts (month and weekday names, "Today", "Cancel")
 * come from the locale and the translations, not from its English defaults.
 */
public final class DatePickers {

    private DatePickers() {
    }

    /** A date picker speaking the screen's language. */
    public static DatePicker of() {
        DatePicker picker = new DatePicker();
        localize(picker);
        return picker;
    }

    public static void localize(DatePicker picker) {
        Locale locale = picker.getLocale();
        List<String> months = Arrays.stream(Month.values()).map(m -> m.getDisplayName(TextStyle.FULL_STANDALONE, locale)).toList();
        List<DayOfWeek> week = List.of(DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
                DayOfWeek.THURSDAY, DayOfWeek.FRIDAY, DayOfWeek.SATURDAY);
        DatePicker.DatePickerI18n i18n = new DatePicker.DatePickerI18n()
                .setMonthNames(months)
                .setWeekdays(week.stream().map(d -> d.getDisplayName(TextStyle.FULL, locale)).toList())
                .setWeekdaysShort(week.stream().map(d -> d.getDisplayName(TextStyle.SHORT, locale)).toList())
                .setFirstDayOfWeek(locale.getLanguage().equals("en") && "US".equals(locale.getCountry()) ? 0 : 1)
                .setToday(picker.getTranslation("datePicker.today"))
                .setCancel(picker.getTranslation("datePicker.cancel"))
                .setBadInputErrorMessage(picker.getTranslation("datePicker.badInput"));
        picker.setI18n(i18n);
        picker.setLocale(locale);
    }
}
