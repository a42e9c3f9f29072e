package org.partnershipworkshop.proceedings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnershipworkshop.support.PdfText.squeeze;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.partnershipworkshop.meeting.NewMeeting;
import org.partnershipworkshop.meeting.Presentation;
import org.partnershipworkshop.meeting.Session;
import org.partnershipworkshop.dialogue.FeedbackResults;
import org.partnershipworkshop.dialogue.FeedbackResults.ItemCount;
import org.partnershipworkshop.proceedings.pdf.Proceedings;
import org.partnershipworkshop.support.PdfText;

/**
 * The proceedings read back: the programme with each item's day, time, place and responsible person, and the
 * feedback part with the form's answers — counts per checklist line, the rating, the comments — merged with
 * what the meeting records (recorded lines beyond the checklist, recorded comments).
 */
class ProceedingsPlanAndFormTest {

    private static final NewMeeting DEMO = ProceedingsFixtures.demo();

    private static NewMeeting planned() {
        List<Session> sessions = new ArrayList<>(DEMO.sessions());
        Session first = sessions.getFirst();
        List<Presentation> items = new ArrayList<>(first.presentations());
        Presentation p = items.getFirst();
        items.set(0, new Presentation(p.speaker(), p.role(), p.organization(), p.title(), p.summary(),
                LocalDate.of(2012, 5, 17), LocalTime.of(10, 30), "Конферентна зала „Камена“", "Сипцова Л.А."));
        Presentation q = items.get(1);
        items.set(1, new Presentation(q.speaker(), q.role(), q.organization(), q.title(), q.summary(),
                null, null, "Зала 2", null));
        sessions.set(0, new Session(first.title(), items));
        return new NewMeeting(DEMO.facts(), DEMO.people(), sessions, DEMO.groups(), DEMO.feedback());
    }

    private static Proceedings model(NewMeeting meeting, Optional<FeedbackResults> form) {
        var language = meeting.facts().language();
        return new ProceedingsAssembler(ProceedingsFixtures::template,
                new MeetingLabels(ProceedingsFixtures.MESSAGES, language), language)
                .assemble(ProceedingsFixtures.details(meeting), ProceedingsFixtures.canvases(meeting), Optional.empty(), form);
    }

    @Test
    void theProgrammeShowsWhenWhereAndWhoIsResponsible() {
        byte[] pdf = ProceedingsFixtures.pdf(model(planned(), Optional.empty()));
        ProceedingsPdfTest.writeForLooking("programme-plan.pdf", pdf);
        try (PdfText text = new PdfText(pdf)) {
            String body = text.bodyWithoutSpaces();
            assertThat(body).contains(squeeze("17.05.2012 г., 10:30 · Конферентна зала „Камена“ · Отговорник: Сипцова Л.А."));
            // the plan comes right before the item's title
            String title = squeeze(DEMO.sessions().getFirst().presentations().getFirst().title());
            assertThat(body).contains(squeeze("Отговорник: Сипцова Л.А.") + title);
            assertThat(body).contains(squeeze("Зала 2") + squeeze(DEMO.sessions().getFirst().presentations().get(1).title()));
            assertThat(ProceedingsPdfTest.everyText(DEMO)).allSatisfy(t -> assertThat(body).contains(squeeze(t)));
        }
    }

    @Test
    void theFeedbackPartCountsTheFormsAnswersAndKeepsWhatTheMeetingRecords() {
        List<String> recorded = DEMO.feedback().willUse();
        FeedbackResults form = new FeedbackResults(1, true, false, null, 23, List.of(
                new ItemCount(1, recorded.get(10), 17),            // "Умната диаграма", also recorded
                new ItemCount(2, recorded.get(1), 12),             // "Привличане на партньори", also recorded
                new ItemCount(3, "Онлайн анкети с читателите", 0)), // a line nobody chose is still listed
                List.of(0, 1, 2, 8, 10), List.of("Още такива срещи, моля!", "Озвучаването беше слабо."));
        byte[] pdf = ProceedingsFixtures.pdf(model(DEMO, Optional.of(form)));
        ProceedingsPdfTest.writeForLooking("feedback-form.pdf", pdf);
        try (PdfText text = new PdfText(pdf)) {
            String body = text.bodyWithoutSpaces();
            int feedback = body.lastIndexOf(squeeze("23 участници попълниха формуляра за обратна връзка след срещата."));
            assertThat(feedback).isPositive();
            String part = body.substring(feedback);
            // 2·1 + 3·2 + 4·8 + 5·10 = 90 over 21 ratings = 4.29
            assertThat(part).contains(squeeze("Средна оценка: 4,3 от 5 (21 оценки)"));
            assertThat(part).contains(squeeze("5 от 5 10"), squeeze("4 от 5 8"), squeeze("1 от 5 0"));
            assertThat(part).contains(squeeze("Умната диаграма 17"), squeeze("Привличане на партньори 12"),
                    squeeze("Онлайн анкети с читателите 0"));
            // what the meeting records beyond the checklist is still printed, each once
            assertThat(part).contains(squeeze("Посочено още в записаната обратна връзка"));
            for (String line : recorded) {
                assertThat(part).contains(squeeze(line));
            }
            assertThat(part.indexOf(squeeze("Умната диаграма"))).isEqualTo(part.lastIndexOf(squeeze("Умната диаграма")));
            // the form's comments first, then the recorded ones
            assertThat(part.indexOf(squeeze("Още такива срещи, моля!")))
                    .isLessThan(part.indexOf(squeeze(DEMO.feedback().comments().getFirst())));
            assertThat(part).contains(squeeze("Озвучаването беше слабо."));
            DEMO.feedback().comments().forEach(c -> assertThat(part).contains(squeeze(c)));
        }
    }

    @Test
    void withoutAnswersTheFeedbackPartIsAsBefore() {
        byte[] pdf = ProceedingsFixtures.pdf(model(DEMO, Optional.of(new FeedbackResults(1, true, false, null, 0, List.of(), List.of(0, 0, 0, 0, 0), List.of()))));
        try (PdfText text = new PdfText(pdf)) {
            String body = text.bodyWithoutSpaces();
            assertThat(body).doesNotContain(squeeze("попълниха формуляра")).doesNotContain(squeeze("Средна оценка"));
            assertThat(body).contains(squeeze("Какво ще използват участниците в практиката си"));
            DEMO.feedback().willUse().forEach(w -> assertThat(body).contains(squeeze(w)));
        }
    }
}
