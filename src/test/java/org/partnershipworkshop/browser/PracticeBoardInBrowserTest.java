package org.partnershipworkshop.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.partnershipworkshop.IntegrationTest;
import org.partnershipworkshop.base.Language;
import org.partnershipworkshop.base.SystemTask;
import org.partnershipworkshop.canvas.CanvasEdit;
import org.partnershipworkshop.canvas.CanvasService;
import org.partnershipworkshop.canvas.Note;
import org.partnershipworkshop.catalogue.CatalogueService;
import org.partnershipworkshop.catalogue.PracticeSheet;
import org.partnershipworkshop.catalogue.Practices;
import org.partnershipworkshop.interchange.InterchangeService;
import org.partnershipworkshop.meeting.MeetingService;
import org.partnershipworkshop.security.AccountService;
import org.partnershipworkshop.support.Browser;
import org.partnershipworkshop.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The practice page in a browser, on the same live board as a group's canvas: what another facilitator saves
 * arrives by push, a change made meanwhile is kept with theirs and told field by field, the history panel
 * lists the open tab's revisions; the group's editor shows the same panel. Screens are written to
 * {@code target/screens/} (laptop, projector, phone) for looking at.
 */
@IntegrationTest
@Tag("browser")
class PracticeBoardInBrowserTest {

    static Browser browser;

    @LocalServerPort
    int port;
    @Autowired
    CatalogueService catalogue;
    @Autowired
    CanvasService canvases;
    @Autowired
    InterchangeService interchange;
    @Autowired
    MeetingService meetings;
    @Autowired
    AccountService accounts;

    @BeforeAll
    static void noBrowserYet() {
        browser = null;
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    private Page signedIn() {
        if (browser == null) {
            browser = new Browser(port);
        }
        TestData.ensureAccounts(accounts);
        Page page = browser.page("bg-BG");
        browser.login(page, "facilitator", TestData.PASSWORD);
        return page;
    }

    @Test
    void aPracticeIsALiveBoardBetweenFacilitators() {
        String u = Practices.unique();
        long id = Practices.create(catalogue, Practices.facts(Language.BG, "Смолян", 2018, 2020, "Деца"),
                Practices.fullPassport("Лятно четене " + u, u));
        SystemTask.run(() -> catalogue.createProjectCard(id));
        Page page = signedIn();
        page.navigate(browser.url("/practices/" + id));
        Locator passport = page.locator(".practice-board[data-sheet=passport]");
        assertThat(passport).isVisible();
        assertThat(page.locator(".practice-status .save-status")).containsText("версия 1");
        Browser.shot(page, "practice-1366");

        // another facilitator saves: it arrives without a reload
        SystemTask.run(() -> catalogue.apply(id, PracticeSheet.PASSPORT, 1,
                new CanvasEdit.Add("goals", new Note("Записано от друг методист " + u))));
        assertThat(passport.locator("[data-field=goals] textarea").nth(0)).isVisible();
        assertThat(page.locator(".practice-status .save-status")).containsText("версия 2");
        org.assertj.core.api.Assertions.assertThat(passport.locator("[data-field=goals] textarea").evaluateAll(
                "areas => areas.map(a => a.value)").toString()).contains("Записано от друг методист " + u);
        Browser.shot(page, "practice-live");

        // this page is typing in the team's first note while they change that very note: both are kept, and told
        Locator typing = passport.locator("[data-field=team] .field-entries textarea").first();
        typing.click();
        SystemTask.run(() -> catalogue.apply(id, PracticeSheet.PASSPORT, 2, new CanvasEdit.Replace("team", 0,
                new Note("Мария Петрова, библиотекар"), new Note("Мария Петрова, главен библиотекар"))));
        assertThat(page.locator(".practice-status .save-status")).containsText("версия 3");
        assertThat(typing).hasValue("Мария Петрова, библиотекар");
        typing.fill("Мария Петрова, библиотекар и водеща");
        typing.press("Tab");
        assertThat(page.locator(".merge-notice")).containsText("Мария Петрова, главен библиотекар");
        assertThat(page.locator(".practice-status .save-status")).containsText("версия 4");
        org.assertj.core.api.Assertions.assertThat(SystemTask.run(() -> catalogue.sheet(id, PracticeSheet.PASSPORT))
                .canvas().entries("team")).containsExactly(new Note("Мария Петрова, главен библиотекар"),
                new Note("Мария Петрова, библиотекар и водеща"));
        Browser.shot(page, "practice-merge");

        page.locator("vaadin-button:has-text('История')").click();
        assertThat(page.locator(".history-panel .history-item")).hasCount(4);
        assertThat(page.locator(".history-panel h2")).hasText("История: Паспорт на добра практика");
        var board = passport.boundingBox();
        var panel = page.locator(".history-panel").boundingBox();
        org.assertj.core.api.Assertions.assertThat(panel.x).as("the panel stands beside the board, at the window's edge")
                .isGreaterThanOrEqualTo(board.x + board.width - 1);
        org.assertj.core.api.Assertions.assertThat(panel.x + panel.width).isEqualTo(1366, org.assertj.core.data.Offset.offset(1.0));
        Browser.shot(page, "practice-history");
        page.locator("vaadin-tab").nth(1).click();
        assertThat(page.locator(".history-panel .history-item")).hasCount(1);
        assertThat(page.locator(".practice-status .save-status")).containsText("версия 1");
        Browser.shot(page, "practice-card-history");

        page.setViewportSize(1920, 1080);
        Browser.shot(page, "practice-1920");
        page.setViewportSize(390, 844);
        Browser.shot(page, "practice-phone-history");
        page.locator(".history-panel .history-head vaadin-button").click();
        assertThat(page.locator(".history-panel")).hasCount(0);
        page.locator("vaadin-tab").nth(0).click();
        assertThat(page.locator(".practice-status .save-status")).containsText("версия 4");
        Browser.shot(page, "practice-phone");
        page.context().close();
    }

    @Test
    void theGroupsEditorShowsTheSameBoardAndHistory() {
        long group = TestData.importExample(interchange, meetings).groups().stream().filter(g -> g.number() == 3)
                .findFirst().orElseThrow().id();
        Page page = signedIn();
        page.navigate(browser.url("/groups/" + group));
        assertThat(page.locator(".canvas-board")).isVisible();
        long revision = SystemTask.run(() -> canvases.current(group)).revision();
        SystemTask.run(() -> canvases.apply(group, revision, new CanvasEdit.Add("goal", new Note("От другия лаптоп"))));
        assertThat(page.locator(".editor-header .save-status")).containsText("версия " + (revision + 1));
        page.locator(".history-button").click();
        assertThat(page.locator(".history-panel .history-item").first()).containsText(String.valueOf(revision + 1));
        Browser.shot(page, "group-history");
        page.context().close();
    }
}
