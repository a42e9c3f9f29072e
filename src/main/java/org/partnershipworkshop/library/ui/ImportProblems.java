package org.partnershipworkshop.library.ui;

import com.vaadin.flow.component.Component;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.partnershipworkshop.base.ValidationFailedException;
import org.partnershipworkshop.base.Violation;

/**
 * The import's problems in the user's words: a CSV problem's place ({@code row 4, email}, as the API reports
 * it) reads "строка 4, email" on a Russian screen; JSON paths stay as they are.
 */
final class ImportProblems {

    private static final Pattern ROW = Pattern.compile("row (\\d+)(, (.*))?");

    private ImportProblems() {
    }

    static <T> T localized(Component context, Supplier<T> work) {
        try {
            return work.get();
        } catch (ValidationFailedException e) {
            throw new ValidationFailedException(e.violations().stream().map(v -> place(context, v)).toList());
        }
    }

    private static Violation place(Component context, Violation v) {
        Matcher row = ROW.matcher(v.path());
        if (!row.matches()) {
            return v;
        }
        String where = context.getTranslation("library.import.row", Integer.parseInt(row.group(1)));
        String column = row.group(3);
        if (column != null && column.startsWith("column ")) {
            column = context.getTranslation("library.import.column", Integer.parseInt(column.substring(7)));
        }
        return new Violation(column == null ? where : where + ", " + column, v.key(), v.args());
    }
}
