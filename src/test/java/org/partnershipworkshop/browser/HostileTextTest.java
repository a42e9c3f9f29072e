package org.partnershipworkshop.browser;

import org.partnershipworkshop.survey.DeviceKey;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.partnershipworkshop.IntegrationTest;
import org.partnershipworkshop.base.Json;
import org.partnershipworkshop.base.Language;
import org.partnershipworkshop.base.SystemTask;
import org.partnershipworkshop.catalogue.CatalogueService;
import org.partnershipworkshop.catalogue.PracticeFacts;
import org.partnershipworkshop.catalogue.Practices;
import org.partnershipworkshop.dialogue.Answer;
import org.partnershipworkshop.dialogue.Checklist;

import org.partnershipworkshop.dialogue.DialogueService;
import org.partnershipworkshop.dialogue.FeedbackForm;
import org.partnershipworkshop.interchange.InterchangeService;
import org.partnershipworkshop.live.JoinService;
import org.partnershipworkshop.meeting.MeetingDetails;
import org.partnershipworkshop.meeting.MeetingService;
import org.partnershipworkshop.proceedings.ProceedingsService;
import org.partnershipworkshop.security.AccountService;
import org.partnershipworkshop.support.Browser;
import org.partnershipworkshop.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/**
 * Every text a meeting can hold carries markup that would run script if it were ever rendered as HTML.
 * Every screen that shows meeting content, and the PDF, must show it as plain text and run nothing.
 */
@IntegrationTest
@Tag("browser")
class HostileTextTest {

    static final String PAYLOAD = "<img src=x onerror=\"window.__hacked=1\"><script>window.__hacked=1</script>";
    /** Values that are codes, not text: they must stay valid. */
    static final Set<String> CODES = Set.of("format", "language", "startDate", "endDate", "template", "type", "currency");

    @LocalServerPort
    int port;
    @Autowired
    InterchangeService interchange;
    @Autowired
    MeetingService meetings;
    @Autowired
    AccountService accounts;
    @Autowired
    JoinService joining;
    @Autowired
    ProceedingsService proceedings;
    @Autowired
    CatalogueService catalogue;
    @Autowired
    DialogueService dialogue;

    @Test
    void markupInEveryFieldIsShownAsTextEverywhere() throws Exception {
        TestData.ensureAccounts(accounts);
        ObjectNode document = (ObjectNode) Json.MAPPER.readTree(TestData.example());
        poison(document, null);
        long meetingId = SystemTask.run(() -> interchange.importMeeting(Json.MAPPER.writeValueAsBytes(document)));
        MeetingDetails meeting = SystemTask.run(() -> meetings.details(meetingId));
        assertThat(meeting.facts().title()).startsWith(PAYLOAD);
        SystemTask.run(() -> joining.joinInfo(meetingId));
        long group = meeting.groups().getFirst().id();
        long practice = Practices.create(catalogue, new PracticeFacts(Language.BG, PAYLOAD, 2018, 2020, PAYLOAD, meetingId,
                meeting.sessions().getFirst().presentations().getFirst().id()), Practices.fullPassport(PAYLOAD, PAYLOAD));
        FeedbackForm form = SystemTask.run(() -> {
            dialogue.open(meetingId);
            return dialogue.setChecklist(meetingId, Checklist.ofTexts(List.of(PAYLOAD + " един", PAYLOAD + " два")));
        });
        SystemTask.run(() -> dialogue.submit(form.code().value(), DeviceKey.random(),
                new Answer(Set.of(form.items().getFirst().id()), 4, PAYLOAD), "127.0.0.1"));

        List<String> pages = List.of("/meetings", "/meetings/" + meetingId, "/groups/" + group,
                "/meetings/" + meetingId + "/present", "/meetings/" + meetingId + "/present?view=feedback",
                "/partners", "/network", "/calendar?month=" + meeting.facts().startDate().toString().substring(0, 7),
                "/calendar?view=list&month=" + meeting.facts().startDate().toString().substring(0, 7),
                "/practices", "/practices/" + practice, "/feedback/" + form.code().value());
        try (Browser browser = new Browser(port)) {
            Page page = browser.page("bg-BG");
            List<String> dialogs = new ArrayList<>();
            page.onDialog(dialog -> {
                dialogs.add(dialog.message());
                dialog.dismiss();
            });
            browser.login(page, "facilitator", TestData.PASSWORD);
            for (String path : pages) {
                page.navigate(browser.url(path));
                page.waitForTimeout(1500);
                assertThat(page.evaluate("() => window.__hacked === undefined")).as("script ran on %s", path).isEqualTo(true);
                assertThat(page.locator("img[src=x]").count()).as("markup became an element on %s", path).isZero();
                assertThat(page.locator("body").innerText()).as("the text itself is shown on %s", path).contains("<img src=x");
            }
            // every tab of the meeting page
            page.navigate(browser.url("/meetings/" + meetingId));
            for (int tab = 0; tab < page.locator("vaadin-tab").count(); tab++) {
                page.locator("vaadin-tab").nth(tab).click();
                page.waitForTimeout(500);
                assertThat(page.evaluate("() => window.__hacked === undefined")).isEqualTo(true);
                assertThat(page.locator("img[src=x]").count()).isZero();
            }
            assertThat(dialogs).isEmpty();
        }

        byte[] pdf = SystemTask.run(() -> proceedings.generate(meetingId)).content();
        PdfReader reader = new PdfReader(pdf);
        String text = new PdfTextExtractor(reader).getTextFromPage(1);
        assertThat(text).contains("<img src=x");
        reader.close();

        byte[] passport = SystemTask.run(() -> catalogue.exportPdf(practice)).content();
        PdfReader passportReader = new PdfReader(passport);
        assertThat(new PdfTextExtractor(passportReader).getTextFromPage(1)).contains("<img src=x");
        passportReader.close();
    }

    /** Puts the payload in front of every text value (not codes), keeping lengths within the limits. */
    private static void poison(JsonNode node, String member) {
        if (node instanceof ObjectNode object) {
            for (Map.Entry<String, JsonNode> e : List.copyOf(object.properties())) {
                if (e.getValue().isString() && !CODES.contains(e.getKey())) {
                    object.set(e.getKey(), StringNode.valueOf(prefixed(e.getValue().stringValue(), e.getKey())));
                } else {
                    poison(e.getValue(), e.getKey());
                }
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                if (array.get(i).isString()) {
                    array.set(i, StringNode.valueOf(prefixed(array.get(i).stringValue(), member)));
                } else {
                    poison(array.get(i), member);
                }
            }
        }
    }

    private static String prefixed(String text, String member) {
        String value = PAYLOAD + text;
        int max = "title".equals(member) || "name".equals(member) ? 300 : 2000;
        return value.length() <= max ? value : value.substring(0, max);
    }
}
