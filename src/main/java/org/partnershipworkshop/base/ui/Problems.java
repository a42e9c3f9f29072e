package org.partnershipworkshop.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.partnershipworkshop.base.ValidationFailedException;
import org.partnershipworkshop.base.Violation;

/** Shows broken rules to the user: at the field they concern when there is one, else as a notification. */
public final class Problems {

    private Problems() {
    }

    public static String describe(Component context, Violation v) {
        String text = context.getTranslation(v.key(), v.args().toArray());
        return v.path().isEmpty() ? text : v.path() + ": " + text;
    }

    public static String describe(Component context, ValidationFailedException e) {
        return e.violations().stream().map(v -> describe(context, v)).collect(Collectors.joining("\n"));
    }

    /**
     * Marks the fields named by the violations' paths invalid with the message; violations without a field
     * are shown as one error notification. Returns true when anything was shown.
     */
    public static boolean show(Component context, ValidationFailedException e, Map<String, ? extends HasValidation> fields) {
        List<Violation> unplaced = e.violations().stream().filter(v -> {
            HasValidation field = fieldFor(v.path(), fields);
            if (field == null) {
                return true;
            }
            field.setErrorMessage(context.getTranslation(v.key(), v.args().toArray()));
            field.setInvalid(true);
            return false;
        }).toList();
        if (!unplaced.isEmpty()) {
            Notifications.error(unplaced.stream().map(v -> describe(context, v)).collect(Collectors.joining("\n")));
        }
        return true;
    }

    public static void show(Component context, ValidationFailedException e) {
        show(context, e, Map.of());
    }

    /** The field of the longest prefix of the path that names one: "people[0].name" → "people[0]" → "people". */
    private static HasValidation fieldFor(String path, Map<String, ? extends HasValidation> fields) {
        String candidate = path;
        while (!candidate.isEmpty()) {
            HasValidation field = fields.get(candidate);
            if (field != null) {
                return field;
            }
            int cut = Math.max(candidate.lastIndexOf('.'), candidate.lastIndexOf('['));
            candidate = cut < 0 ? "" : candidate.substring(0, cut);
        }
        return null;
    }
}
