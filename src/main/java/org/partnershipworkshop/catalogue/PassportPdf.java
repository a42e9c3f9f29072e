package org.partnershipworkshop.catalogue;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.partnershipworkshop.base.Language;
import org.partnershipworkshop.base.ui.Formats;
import org.partnershipworkshop.canvas.Canvas;
import org.partnershipworkshop.canvas.CanvasTemplate;
import org.partnershipworkshop.canvas.DocumentSnapshot;
import org.partnershipworkshop.canvas.FieldKind;
import org.partnershipworkshop.canvas.Resource;
import org.partnershipworkshop.canvas.ResourceTotals;
import org.partnershipworkshop.meeting.Presentation;
import org.partnershipworkshop.documents.BoardDocument;
import org.partnershipworkshop.documents.BoardField;
import org.partnershipworkshop.documents.Labels;

/**
 * A practice as PDF in the proceedings' look (decision 55): its name and facts, the passport as a board
 * like a group's canvas in the proceedings, and the project card on its own page when there is one. The
 * document speaks the practice's language.
 */
final class PassportPdf {

    static final String PASSPORT_PART = "passport";
    static final String CARD_PART = "project-card";

    private final Labels labels;
    private final Language language;

    PassportPdf(Labels labels, Language language) {
        this.labels = labels;
        this.language = language;
    }

    /** Writes the document and answers its page count. */
    int write(PracticeDetails practice, CanvasTemplate passportTemplate, CanvasTemplate cardTemplate, OutputStream out) {
        String title = title(practice);
        List<BoardDocument.Part> parts = new ArrayList<>();
        parts.add(new BoardDocument.Part(PASSPORT_PART, passportTemplate.name(language)));
        practice.card().ifPresent(card -> parts.add(new BoardDocument.Part(CARD_PART, cardTemplate.name(language))));
        // the PDF's author is who carries the practice out, as the passport's name field says
        BoardDocument document = new BoardDocument(out, labels, title, PracticeTitle.institution(practice.passport().canvas()),
                parts);
        document.title(passportTemplate.name(language).toUpperCase(labels.locale()), title, facts(practice));
        document.part(PASSPORT_PART, false);
        sheet(document, practice.passport(), passportTemplate);
        if (practice.card().isPresent()) {
            document.part(CARD_PART, true);
            sheet(document, practice.card().get(), cardTemplate);
        }
        return document.close();
    }

    private String title(PracticeDetails practice) {
        return practice.title() != null ? practice.title() : labels.text("practice.untitled");
    }

    private List<BoardDocument.Fact> facts(PracticeDetails practice) {
        PracticeFacts f = practice.facts();
        List<BoardDocument.Fact> facts = new ArrayList<>();
        facts.add(new BoardDocument.Fact(labels.text("practice.region"), f.region()));
        facts.add(new BoardDocument.Fact(labels.text("practice.period"), PracticePeriod.text(f, labels::text)));
        facts.add(new BoardDocument.Fact(labels.text("practice.targetGroup"), f.targetGroup()));
        PracticeDetails.PresentedAt at = practice.presentedAt();
        if (at.meetingTitle() != null) {
            String meeting = at.meetingTitle() + ", " + Formats.dates(at.meetingStart(), at.meetingEnd(), labels.locale());
            Presentation p = at.presentation();
            facts.add(new BoardDocument.Fact(labels.text("practice.presentedAt"),
                    p == null ? meeting : meeting + "\n" + presentation(p)));
        }
        return facts;
    }

    /** "Speaker, organization: «Title»", as the programme names a presentation. */
    private String presentation(Presentation p) {
        String who = Stream.of(p.speaker(), p.organization()).filter(Objects::nonNull).collect(Collectors.joining(", "));
        return who.isEmpty() ? labels.text("practice.quoted", p.title()) : labels.text("practice.presentedBy", who, p.title());
    }

    private void sheet(BoardDocument document, DocumentSnapshot sheet, CanvasTemplate template) {
        document.note(labels.text("practice.pdf.revision", sheet.revision(),
                Formats.time(sheet.savedAt(), labels.locale()), sheet.savedBy()));
        document.board(template.boardColumns(), template.boardRows(), fields(template, sheet.canvas()));
    }

    private List<BoardField> fields(CanvasTemplate template, Canvas canvas) {
        return template.fields().stream().map(f -> {
            Map<String, BigDecimal> totals = f.kind() == FieldKind.RESOURCES
                    ? ResourceTotals.of(canvas.entries(f.id(), Resource.class)) : Map.of();
            return new BoardField(f.id(), f.label(language), f.question(language), f.kind(), f.area(),
                    canvas.entries(f.id()), totals);
        }).toList();
    }
}
