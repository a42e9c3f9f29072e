package org.partnershipworkshop.live.ui;

import java.util.Locale;
import java.util.function.Function;
import org.partnershipworkshop.base.ui.Formats;
import org.partnershipworkshop.canvas.CanvasEntry;
import org.partnershipworkshop.canvas.Indicator;
import org.partnershipworkshop.canvas.Note;
import org.partnershipworkshop.canvas.PartnerEntry;
import org.partnershipworkshop.canvas.Resource;
import org.partnershipworkshop.canvas.Target;

/** One canvas entry as a line of text for the projector: a note as it is, a cost with its amount, a partner with its type. */
final class EntryText {

    private EntryText() {
    }

    static String of(Function<String, String> translate, Locale locale, CanvasEntry entry) {
        return switch (entry) {
            case Note note -> note.text();
            case Resource r -> r.amount() == null ? r.item()
                    : r.item() + " — " + Formats.amount(r.amount(), locale) + " " + r.currency();
            case PartnerEntry p -> p.name() + (p.type() == null ? "" : " (" + translate.apply(p.type().labelKey()) + ")")
                    + (p.role() == null ? "" : " — " + p.role());
            case Indicator i -> i.headline();
            case Target t -> t.headline();
        };
    }
}
