package org.partnershipworkshop.proceedings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnershipworkshop.support.PdfText.squeeze;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfName;
import org.partnershipworkshop.live.VotingResults;
import org.partnershipworkshop.canvas.Canvas;
import org.partnershipworkshop.canvas.CanvasEntry;
import org.partnershipworkshop.canvas.Indicator;
import org.partnershipworkshop.canvas.Note;
import org.partnershipworkshop.canvas.PartnerEntry;
import org.partnershipworkshop.canvas.Resource;
import org.partnershipworkshop.canvas.Target;
import org.partnershipworkshop.meeting.NewMeeting;
import org.partnershipworkshop.meeting.Person;
import org.partnershipworkshop.meeting.Presentation;
import org.partnershipworkshop.meeting.Session;
import org.partnershipworkshop.proceedings.pdf.GroupSheet;
import org.partnershipworkshop.proceedings.pdf.Overview;
import org.partnershipworkshop.proceedings.pdf.Proceedings;
import org.partnershipworkshop.support.PdfText;

/** The PDF writers on read models without a database: the demo meeting read back in full, and hard cases. */
class ProceedingsPdfTest {

    private static final NewMeeting DEMO = ProceedingsFixtures.demo();

    /** Every text of a meeting that the proceedings must show. */
    static List<String> everyText(NewMeeting m) {
        List<String> texts = new ArrayList<>();
        texts.add(m.facts().title());
        texts.add(m.facts().kind());
        texts.add(m.facts().description());
        texts.add(m.facts().venue());
        texts.add(m.facts().host());
        texts.addAll(m.facts().organizers());
        texts.addAll(m.facts().regions());
        for (Person p : m.people()) {
            texts.add(p.name());
            texts.add(p.role());
            texts.add(p.organization());
        }
        for (Session s : m.sessions()) {
            texts.add(s.title());
            for (Presentation p : s.presentations()) {
                texts.add(p.speaker());
                texts.add(p.role());
                texts.add(p.organization());
                texts.add(p.title());
                texts.add(p.summary());
            }
        }
        for (NewMeeting.NewGroup g : m.groups()) {
            texts.add(g.group().name());
            texts.addAll(g.group().members());
            for (List<CanvasEntry> entries : g.canvas().fields().values()) {
                for (CanvasEntry e : entries) {
                    switch (e) {
                        case Note n -> texts.add(n.text());
                        case Resource r -> texts.add(r.item());
                        case PartnerEntry p -> {
                            texts.add(p.name());
                            texts.add(p.role());
                        }
                        case Indicator i -> texts.add(i.name());
                        case Target t -> texts.add(t.name());
                    }
                }
            }
        }
        texts.addAll(m.feedback().willUse());
        texts.addAll(m.feedback().comments());
        texts.removeIf(t -> t == null);
        return texts;
    }

    @Test
    void theDemoMeetingShowsEveryTextOfTheMeeting() {
        byte[] pdf = ProceedingsFixtures.pdf(ProceedingsFixtures.model(DEMO, Optional.empty()));
        writeForLooking("demo.pdf", pdf);
        try (PdfText text = new PdfText(pdf)) {
            String body = text.bodyWithoutSpaces();
            List<String> texts = everyText(DEMO);
            assertThat(texts).hasSizeGreaterThan(200);
            assertThat(texts).allSatisfy(t -> assertThat(body).as("the PDF shows %s", t).contains(squeeze(t)));
            // resources with their amounts and the group's total, in the meeting's number format
            assertThat(body).contains(squeeze("Реквизит на читалището 2 000 BGN"), squeeze("Общо: 2 950 BGN"));
            // partners with their type
            assertThat(body).contains(squeeze("Клуб на пенсионера ■ Клуб"));
            assertThat(text.pageCount()).isBetween(9 + 6, 40);
        }
    }

    @Test
    void everySectionAndEveryGroupHasABookmarkAndAContentsLineWithItsPage() {
        byte[] pdf = ProceedingsFixtures.pdf(ProceedingsFixtures.model(DEMO, Optional.empty()));
        try (PdfText text = new PdfText(pdf)) {
            List<String> parts = text.bookmarkTitles(false);
            assertThat(parts).containsExactly("Срещата", "Работа по групи", "Обобщение по групи",
                    "Мрежа от партньори и услуги", "Обратна връзка");
            List<String> all = text.bookmarkTitles(true);
            for (NewMeeting.NewGroup g : DEMO.groups()) {
                assertThat(all).contains("Група " + g.group().number() + ": " + g.group().name());
            }
            assertThat(all).contains("Програма", "Индекс на партньорите", "Планиран бюджет");
            assertThat(all).doesNotContain("Резултати от гласуването");

            // the contents page names the page of each group, and the group's board is on that page
            String contents = text.page(2);
            for (NewMeeting.NewGroup g : DEMO.groups()) {
                String title = "Група " + g.group().number() + ": " + g.group().name();
                Matcher line = Pattern.compile("(\\d+) " + Pattern.quote(title)).matcher(contents);
                assertThat(line.find()).as("contents line of %s in%n%s", title, contents).isTrue();
                int page = Integer.parseInt(line.group(1));
                assertThat(squeeze(text.withoutDecorations(page))).as("page %d", page).contains(squeeze(title));
            }
        }
    }

    @Test
    void fontsAreEmbeddedSubsetsAndTheMetadataNamesTheMeeting() {
        byte[] pdf = ProceedingsFixtures.pdf(ProceedingsFixtures.model(DEMO, Optional.empty()));
        try (PdfText text = new PdfText(pdf)) {
            Map<String, Boolean> fonts = text.fonts();
            assertThat(fonts).isNotEmpty();
            assertThat(fonts).allSatisfy((name, embedded) -> {
                assertThat(embedded).as("%s embedded", name).isTrue();
                assertThat(name).as("%s is a subset", name).matches("/[A-Z]{6}\\+LiberationSans.*");
            });
            Map<String, String> info = text.reader().getInfo();
            assertThat(info.get("Title")).contains(DEMO.facts().title());
            assertThat(info.get("Author")).contains(DEMO.facts().organizers().getFirst());
            assertThat(info.get("Subject")).contains(DEMO.facts().kind());
            assertThat(text.reader().getCatalog().getAsString(PdfName.LANG).toUnicodeString()).isEqualTo("bg");
            String footer = text.page(3);
            assertThat(footer).contains("Страница 3 от " + text.pageCount());
            assertThat(footer).contains(DEMO.facts().title());
        }
    }

    @Test
    void aLongNoteAndTwoHundredNotesInOneFieldFlowAcrossPagesWithoutLoss() {
        String longNote = longText(2_000);
        List<Note> many = new ArrayList<>();
        for (int i = 1; i <= 200; i++) {
            many.add(new Note("Бележка номер " + i + ": " + (i % 7 == 0 ? longText(400) : "кратък текст за дейност")));
        }
        NewMeeting.NewGroup first = DEMO.groups().getFirst();
        Canvas canvas = first.canvas().with("activities", many).with("needs", List.of(new Note(longNote)));
        NewMeeting big = withGroups(DEMO, List.of(new NewMeeting.NewGroup(first.group(), canvas)));
        byte[] pdf = ProceedingsFixtures.pdf(ProceedingsFixtures.model(big, Optional.empty()));
        writeForLooking("long-notes.pdf", pdf);
        try (PdfText text = new PdfText(pdf)) {
            assertThat(text.showsInOrder(longNote)).as("the 2,000-character note in full").isTrue();
            for (Note note : many) {
                assertThat(text.showsInOrder(note.text())).as("note %s", note.text().substring(0, 20)).isTrue();
            }
            String all = String.join(" ", many.stream().map(Note::text).toList());
            assertThat(text.showsInOrder(all)).as("all 200 notes, word by word, in their order").isTrue();
            assertThat(text.pageCount()).isGreaterThan(12);
        }
    }

    @Test
    void aMeetingInRussianHasRussianLabels() {
        NewMeeting russian = inLanguage(DEMO, org.partnershipworkshop.base.Language.RU);
        byte[] pdf = ProceedingsFixtures.pdf(ProceedingsFixtures.model(russian, Optional.empty()));
        writeForLooking("russian.pdf", pdf);
        try (PdfText text = new PdfText(pdf)) {
            assertThat(text.page(1)).contains("МАТЕРИАЛЫ ВСТРЕЧИ");
            assertThat(text.page(2)).contains("Содержание", "Работа в группах", "Группа 1: " + DEMO.groups().getFirst().group().name(),
                    "Указатель партнёров", "Обратная связь");
            String body = text.bodyWithoutSpaces();
            assertThat(body).contains(squeeze("ЦЕЛЕВАЯ ГРУППА"), squeeze("ПАРТНЁРЫ"), squeeze("Итого:"));
            assertThat(body).doesNotContain(squeeze("Съдържание"), squeeze("ЦЕЛЕВА ГРУПА"));
            assertThat(text.page(3)).contains("Страница 3 из " + text.pageCount());
            assertThat(text.reader().getCatalog().getAsString(PdfName.LANG).toUnicodeString()).isEqualTo("ru");
        }
    }

    @Test
    void theVoteAppearsWhenThereWasOne() {
        VotingResults results = new VotingResults(3, true, List.of(
                new VotingResults.Tally(101, 2, "Ученици", "", 11),
                new VotingResults.Tally(108, 9, "Пенсионери 60+", "", 14),
                new VotingResults.Tally(100, 1, "Бизнес – туристически услуги", "", 2)),
                List.of(new VotingResults.Voter(100, 1, 27)));
        Proceedings model = ProceedingsFixtures.model(DEMO, Optional.of(results));
        assertThat(model.overview().votes()).isPresent();
        assertThat(model.overview().votes().get().lines().getFirst().votes()).isEqualTo(14);
        byte[] pdf = ProceedingsFixtures.pdf(model);
        writeForLooking("votes.pdf", pdf);
        try (PdfText text = new PdfText(pdf)) {
            assertThat(text.bookmarkTitles(true)).contains("Резултати от гласуването");
            String body = text.bodyWithoutSpaces();
            assertThat(body).contains(squeeze("Всяка маса разполагаше с 3 гласа; подадени са общо 27."));
            assertThat(body).contains(squeeze("1. Група 9: Пенсионери 60+ 14"), squeeze("2. Група 2: Ученици 11"));
        }
    }

    @Test
    void aVoteNobodyCastIsNotPrinted() {
        VotingResults none = new VotingResults(3, false, List.of(new VotingResults.Tally(101, 2, "Ученици", "", 0)),
                List.of(new VotingResults.Voter(101, 2, 0)));
        assertThat(ProceedingsFixtures.model(DEMO, Optional.of(none)).overview().votes()).isEmpty();
    }

    @Test
    void anEmptyMeetingStillMakesACompleteDocument() {
        NewMeeting empty = new NewMeeting(DEMO.facts(), List.of(), List.of(), List.of(),
                org.partnershipworkshop.meeting.Feedback.NONE);
        byte[] pdf = ProceedingsFixtures.pdf(ProceedingsFixtures.model(empty, Optional.empty()));
        try (PdfText text = new PdfText(pdf)) {
            String body = text.bodyWithoutSpaces();
            assertThat(body).contains(squeeze("В срещата няма работни групи."), squeeze("Няма записана обратна връзка."),
                    squeeze("Групите не са посочили партньори."));
            assertThat(text.bookmarkTitles(false)).hasSize(5);
        }
    }

    @Test
    void costsInTwoCurrenciesAreTotalledApart() {
        NewMeeting.NewGroup first = DEMO.groups().getFirst();
        Canvas canvas = first.canvas().with("resources", List.of(new Resource("Зала", new BigDecimal("100.50"), "BGN"),
                new Resource("Пътуване", new BigDecimal("40"), "EUR"), new Resource("Проектор", new BigDecimal("20"), "EUR"),
                new Resource("Доброволен труд")));
        NewMeeting meeting = withGroups(DEMO, List.of(new NewMeeting.NewGroup(first.group(), canvas)));
        byte[] pdf = ProceedingsFixtures.pdf(ProceedingsFixtures.model(meeting, Optional.empty()));
        try (PdfText text = new PdfText(pdf)) {
            String body = text.bodyWithoutSpaces();
            assertThat(body).contains(squeeze("Общо: 100,50 BGN · 60 EUR"), squeeze("Доброволен труд"));
        }
    }

    @Test
    void theNetworkFigureOfThirtyGroupsNamesEveryPartnerAndListsEveryGroupByNumber() {
        Proceedings model = ProceedingsBenchmark.meetingOf(30);
        byte[] pdf = ProceedingsFixtures.pdf(model);
        writeForLooking("network-30.pdf", pdf);
        try (PdfText text = new PdfText(pdf)) {
            int page = networkPage(text, "Услугите на 30 групи");
            String figure = squeeze(text.page(page));
            for (GroupSheet g : model.groups()) { // the number's mark, then the name, each in full
                assertThat(figure).as("group %d beside the figure", g.number()).contains(squeeze(g.number() + g.name()));
            }
            for (Overview.PartnerLine partner : model.overview().partners()) { // a name may break into lines
                assertThat(partner.name().split("\\s+")).allSatisfy(word -> assertThat(figure).contains(word));
            }
            assertThat(figure).doesNotContain("…"); // the demo's partners all fit in full
        }
    }

    private static int networkPage(PdfText text, String caption) {
        for (int page = 1; page <= text.pageCount(); page++) {
            if (squeeze(text.page(page)).contains(squeeze(caption))) {
                return page;
            }
        }
        throw new AssertionError("no page with the network figure");
    }

    /** With -Dproceedings.out=DIR the test PDFs are kept there, to look at them. */
    static void writeForLooking(String name, byte[] pdf) {
        String dir = System.getProperty("proceedings.out");
        if (dir != null) {
            try {
                java.nio.file.Files.write(java.nio.file.Path.of(dir, name), pdf);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    static String longText(int length) {
        StringBuilder text = new StringBuilder();
        int word = 0;
        while (text.length() < length) {
            text.append("дума").append(word++).append(' ');
        }
        return text.substring(0, length).strip();
    }

    static NewMeeting withGroups(NewMeeting m, List<NewMeeting.NewGroup> groups) {
        return new NewMeeting(m.facts(), m.people(), m.sessions(), groups, m.feedback());
    }

    static NewMeeting inLanguage(NewMeeting m, org.partnershipworkshop.base.Language language) {
        var f = m.facts();
        return new NewMeeting(new org.partnershipworkshop.meeting.MeetingFacts(f.title(), f.kind(), f.description(), language,
                f.startDate(), f.endDate(), f.venue(), f.host(), f.organizers(), f.regions(), f.participantCount()),
                m.people(), m.sessions(), m.groups(), m.feedback());
    }
}
