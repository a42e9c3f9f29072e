package org.partnershipworkshop.dialogue;

import org.partnershipworkshop.base.Limits;
import org.partnershipworkshop.base.Rules;

/** One line of the checklist "what will you use": its id once saved (null for a new line) and its text. */
public record ChecklistItem(Long id, String text) {

    public ChecklistItem {
        text = Rules.required(text == null ? null : text.strip(), "text", Limits.TEXT);
    }
}
