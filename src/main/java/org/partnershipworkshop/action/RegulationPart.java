package org.partnershipworkshop.action;

import org.partnershipworkshop.base.Limits;
import org.partnershipworkshop.base.Rules;

/** One section of an action's regulation («Положение»): its heading as numbered there, and its text (paragraphs apart by a blank line). */
public record RegulationPart(String heading, String text) {

    public RegulationPart {
        heading = Rules.required(heading, "heading", Limits.TITLE);
        text = Rules.optional(text, "text", Limits.LONG_TEXT);
        text = text == null ? "" : text;
    }

    /** The text's paragraphs, without the blank lines between them. */
    public java.util.List<String> paragraphs() {
        return java.util.Arrays.stream(text.split("\\n\\s*\\n")).map(String::strip).filter(p -> !p.isEmpty()).toList();
    }
}
