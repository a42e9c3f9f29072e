package org.partnershipworkshop.action;

import java.io.ByteArrayOutputStream;
import java.util.List;
import org.partnershipworkshop.base.ui.Formats;
import org.partnershipworkshop.documents.Labels;
import org.partnershipworkshop.documents.LetterDocument;

/**
 * The letters of thanks of an action (seed 004, 8.4), one page per library: the organiser, «Благодарственное
 * письмо», the library, what it did (events held, their participants, the reader answers through it), the action
 * with its dates, the summing up, and the lines for the director and the coordinator to sign.
 */
final class Letters {

    private final ActionFacts facts;
    private final Labels labels;

    Letters(ActionFacts facts, Labels labels) {
        this.facts = facts;
        this.labels = labels;
    }

    byte[] print(List<Standing> libraries) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
        String sender = facts.organiser() == null ? facts.coordinator() : facts.organiser();
        LetterDocument document = new LetterDocument(out, labels, text("letter.title", facts.title()), sender,
                text("letter.signature"), text("letter.name"));
        for (Standing s : libraries) {
            document.letter(letter(s, sender == null ? "" : sender));
        }
        document.close();
        return out.toByteArray();
    }

    private LetterDocument.Letter letter(Standing s, String sender) {
        String dates = Formats.dates(facts.starts(), facts.ends(), labels.locale());
        List<String> paragraphs = List.of(
                text(sender.isBlank() ? "letter.thanksNoSender" : "letter.thanks", sender, facts.title(), dates),
                text("letter.did", s.held(), s.participants(), s.answers()),
                text("letter.wish"));
        String closing = null;
        if (facts.summary() != null && facts.summary().date() != null) {
            closing = facts.summary().occasion() == null
                    ? text("letter.summedUp", Summary.date(facts.summary().date(), labels.locale()))
                    : text("letter.summedUpAt", Summary.date(facts.summary().date(), labels.locale()), facts.summary().occasion());
        }
        return new LetterDocument.Letter(sender, text("letter.heading"), s.library(), paragraphs, closing,
                List.of(text("letter.director"), text("letter.coordinator")));
    }

    private String text(String key, Object... args) {
        return Summary.text(labels, key, args);
    }
}
