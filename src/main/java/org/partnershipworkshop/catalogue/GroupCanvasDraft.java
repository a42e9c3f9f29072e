package org.partnershipworkshop.catalogue;

import java.util.ArrayList;
import java.util.List;
import org.partnershipworkshop.base.Language;
import org.partnershipworkshop.base.Limits;
import org.partnershipworkshop.base.Messages;
import org.partnershipworkshop.base.ui.Formats;
import org.partnershipworkshop.canvas.Canvas;
import org.partnershipworkshop.canvas.Indicator;
import org.partnershipworkshop.canvas.Note;

/**
 * A group's smart diagram started from a practice's passport, for a table that adapts the practice to its
 * own library (decision 54): who it is for and why, what it is and aims at, its costs, partners, channels,
 * activities and results. The passport's territory, period and team describe the original library and stay
 * behind; the social and economic effects are the table's to find.
 */
final class GroupCanvasDraft {

    /** The smart diagram's field each passport field goes to; results are written as notes. */
    static final List<String[]> MAPPING = List.of(
            new String[] {"beneficiaries", "targetGroup"},
            new String[] {"prerequisites", "needs"},
            new String[] {"name", "service"},
            new String[] {"goals", "goal"},
            new String[] {"costs", "resources"},
            new String[] {"participants", "partners"},
            new String[] {"links", "information"},
            new String[] {"approaches", "activities"});
    static final String RESULTS_FROM = "results";
    static final String RESULTS_TO = "results";

    /** How a result indicator reads as a note, in the language of the meeting the group works at. */
    interface ResultText {
        String of(Indicator indicator);
    }

    private GroupCanvasDraft() {
    }

    static Canvas from(Canvas passport, ResultText results) {
        Canvas canvas = Canvas.EMPTY;
        for (String[] pair : MAPPING) {
            canvas = canvas.with(pair[1], passport.entries(pair[0]));
        }
        List<Note> notes = new ArrayList<>();
        for (Indicator indicator : passport.entries(RESULTS_FROM, Indicator.class)) {
            notes.add(new Note(fit(results.of(indicator))));
        }
        return canvas.with(RESULTS_TO, notes);
    }

    /** A note is at most {@link Limits#TEXT} characters; a longer result text is cut with an ellipsis. */
    private static String fit(String text) {
        return text.length() <= Limits.TEXT ? text : text.substring(0, Limits.TEXT - 1) + "…";
    }

    /** A result indicator as a note of a group's canvas: "Loans, copies: last year 716 · whole period 716". */
    static String resultText(Indicator indicator, Messages messages, Language language) {
        String name = indicator.unit() == null ? indicator.name() : indicator.name() + ", " + indicator.unit();
        List<String> values = new ArrayList<>();
        if (indicator.lastYear() != null) {
            values.add(messages.get("practice.adapt.lastYear", language, Formats.amount(indicator.lastYear(), language.locale())));
        }
        if (indicator.wholePeriod() != null) {
            values.add(messages.get("practice.adapt.wholePeriod", language,
                    Formats.amount(indicator.wholePeriod(), language.locale())));
        }
        return values.isEmpty() ? name : name + ": " + String.join(" · ", values);
    }
}
