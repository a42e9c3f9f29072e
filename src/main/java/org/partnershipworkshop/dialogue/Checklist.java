package org.partnershipworkshop.dialogue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.partnershipworkshop.base.Limits;
import org.partnershipworkshop.base.Rules;
import org.partnershipworkshop.base.ValidationFailedException;
import org.partnershipworkshop.base.Violation;

/** The checklist of a form in order: at most {@value Limits#ENTRIES} lines, each text once (any letter case). */
public record Checklist(List<ChecklistItem> items) {

    public Checklist {
        items = Rules.list(items, "items", Limits.ENTRIES);
        Set<String> seen = new HashSet<>();
        Set<Long> ids = new HashSet<>();
        List<Violation> problems = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            ChecklistItem item = items.get(i);
            if (item == null) {
                problems.add(Violation.of("items[" + i + "]", "error.required"));
                continue;
            }
            if (!seen.add(item.text().toLowerCase(Locale.ROOT))) {
                problems.add(Violation.of("items[" + i + "]", "dialogue.error.duplicateItem", item.text()));
            }
            if (item.id() != null && !ids.add(item.id())) {
                problems.add(Violation.of("items[" + i + "]", "dialogue.error.duplicateItem", item.text()));
            }
        }
        if (!problems.isEmpty()) {
            throw new ValidationFailedException(problems);
        }
    }

    public static Checklist ofTexts(List<String> texts) {
        return new Checklist(texts.stream().map(t -> new ChecklistItem(null, t)).toList());
    }
}
