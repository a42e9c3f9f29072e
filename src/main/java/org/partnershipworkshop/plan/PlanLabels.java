package org.partnershipworkshop.plan;

import java.util.List;
import java.util.Locale;
import org.partnershipworkshop.base.Language;
import org.partnershipworkshop.base.Messages;
import org.partnershipworkshop.documents.Labels;

/** A plan's documents speak the plan's language, whatever language the person who asked for them uses. */
record PlanLabels(Messages messages, Language language) implements Labels {

    @Override
    public String text(String key, Object... args) {
        return messages.get(key, language, args);
    }

    @Override
    public Locale locale() {
        return language.locale();
    }

    /** What a form is called in every language, lower case (for the spreadsheet import). */
    static List<String> formNames(ActivityForm form) {
        return FORMS.get(form);
    }

    private static final java.util.Map<ActivityForm, List<String>> FORMS = names();

    private static java.util.Map<ActivityForm, List<String>> names() {
        Messages messages = new Messages();
        java.util.Map<ActivityForm, List<String>> all = new java.util.EnumMap<>(ActivityForm.class);
        for (ActivityForm form : ActivityForm.values()) {
            all.put(form, java.util.Arrays.stream(Language.values())
                    .map(l -> messages.get(form.labelKey(), l).toLowerCase(Locale.ROOT)).toList());
        }
        return all;
    }
}
