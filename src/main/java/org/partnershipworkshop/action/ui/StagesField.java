package org.partnershipworkshop.action.ui;

import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.partnershipworkshop.action.Stage;
import org.partnershipworkshop.base.ValidationFailedException;
import org.partnershipworkshop.base.Violation;

/**
 * An action's stages, one a line: the stage's name, then optionally its first and last day
 * ({@code Городской/районный этап 2018-11-01 2018-11-08}). A date that is not one is reported on the field.
 */
class StagesField extends TextArea {

    private static final Pattern LINE = Pattern.compile("(.*?)(?:\\s+(\\d{4}-\\d{2}-\\d{2}))?(?:\\s+(\\d{4}-\\d{2}-\\d{2}))?\\s*");

    void setValue(List<Stage> stages) {
        List<String> lines = new ArrayList<>();
        for (Stage s : stages) {
            lines.add(s.name() + (s.starts() == null ? "" : " " + s.starts()) + (s.ends() == null ? "" : " " + s.ends()));
        }
        setValue(String.join("\n", lines));
    }

    List<Stage> read() {
        List<Stage> stages = new ArrayList<>();
        for (String line : getValue().lines().map(String::strip).filter(l -> !l.isEmpty()).toList()) {
            Matcher m = LINE.matcher(line);
            if (!m.matches()) {
                throw new ValidationFailedException(Violation.of("stages", "action.error.stageLine", line));
            }
            try {
                stages.add(new Stage(m.group(1), date(m.group(2)), date(m.group(3))));
            } catch (DateTimeParseException e) {
                throw new ValidationFailedException(Violation.of("stages", "action.error.stageLine", line));
            } catch (ValidationFailedException e) {
                throw new ValidationFailedException(e.violations().stream().map(v -> new Violation("stages", v.key(), v.args())).toList());
            }
        }
        return stages;
    }

    private static LocalDate date(String text) {
        return text == null ? null : LocalDate.parse(text);
    }
}
