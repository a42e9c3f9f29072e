package org.partnershipworkshop.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.partnershipworkshop.IntegrationTest;
import org.partnershipworkshop.interchange.InterchangeService;
import org.partnershipworkshop.meeting.MeetingDetails;
import org.partnershipworkshop.meeting.MeetingService;
import org.partnershipworkshop.security.AccountService;
import org.partnershipworkshop.support.Browser;
import org.partnershipworkshop.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The projector's keys in Chromium at 1920×1080: J shows the join screen, Escape the tables, V the votes — also
 * after the facilitator clicked "Next phase" up to Closed, which disables the focused button (room, item 6).
 */
@IntegrationTest
@Tag("browser")
class ProjectorKeysInBrowserTest {

    static Browser browser;

    @LocalServerPort
    int port;
    @Autowired
    AccountService accounts;
    @Autowired
    InterchangeService interchange;
    @Autowired
    MeetingService meetings;
    @Autowired
    org.partnershipworkshop.live.VotingService voting;
    @Autowired
    org.partnershipworkshop.live.RoomService room;

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void theKeysWorkWhateverWasClickedLast() {
        TestData.ensureAccounts(accounts);
        MeetingDetails meeting = TestData.importExample(interchange, meetings);
        browser = new Browser(port);
        Page projector = browser.page("en-GB");
        projector.setViewportSize(1920, 1080);
        browser.login(projector, "facilitator", TestData.PASSWORD);
        projector.navigate(browser.url("/meetings/" + meeting.id() + "/present"));
        assertThat(projector.locator(".table-tile")).hasCount(9);
        var stage = projector.locator(".present-stage");
        projector.keyboard().press("j");
        assertThat(stage).hasAttribute("data-stage", "JOIN");
        projector.keyboard().press("Escape");
        assertThat(stage).hasAttribute("data-stage", "GALLERY");

        // to the last phase with the mouse: the button clicked last is disabled now, and keeps the focus
        projector.mouse().move(960, 1000);
        var next = projector.locator(".control-bar vaadin-button[aria-label='Next phase']");
        for (int i = 0; i < 4; i++) {
            next.click();
        }
        assertThat(projector.locator(".phase-select")).containsText("Closed");
        assertThat(next).hasAttribute("disabled", "");
        projector.keyboard().press("j");
        assertThat(stage).hasAttribute("data-stage", "JOIN");
        projector.keyboard().press("v");
        assertThat(stage).hasAttribute("data-stage", "VOTES");
        projector.keyboard().press("Escape");
        assertThat(stage).hasAttribute("data-stage", "GALLERY");
        Browser.shot(projector, "projector-keys-closed-en-1920");
    }

    @Test
    void tablesTiedAtTheTopShareThePlaceAndTheColourAndTheProjectorSaysTie() {
        TestData.ensureAccounts(accounts);
        MeetingDetails meeting = TestData.importExample(interchange, meetings);
        browser = browser == null ? new Browser(port) : browser;
        Page projector = browser.page("en-GB");
        projector.setViewportSize(1920, 1080);
        browser.login(projector, "facilitator", TestData.PASSWORD);
        projector.navigate(browser.url("/meetings/" + meeting.id() + "/present"));
        assertThat(projector.locator(".table-tile")).hasCount(9);
        // tables 2 and 3 get three dots each, table 5 one (from tables 1, 4 and 6)
        org.partnershipworkshop.base.SystemTask.run(() -> voting.setVotesPerTable(meeting.id(), 3));
        org.partnershipworkshop.base.SystemTask.run(() -> room.setPhase(meeting.id(), org.partnershipworkshop.live.Phase.VOTING));
        var one = org.partnershipworkshop.live.Seating.seatAt(meeting, 1);
        var four = org.partnershipworkshop.live.Seating.seatAt(meeting, 4);
        var six = org.partnershipworkshop.live.Seating.seatAt(meeting, 6);
        long two = org.partnershipworkshop.live.Seating.seatAt(meeting, 2).groupId();
        long three = org.partnershipworkshop.live.Seating.seatAt(meeting, 3).groupId();
        long five = org.partnershipworkshop.live.Seating.seatAt(meeting, 5).groupId();
        for (var seat : java.util.List.of(one, four, six)) {
            org.partnershipworkshop.live.Seating.as(seat, () -> voting.vote(seat.groupId(), two, 1));
            org.partnershipworkshop.live.Seating.as(seat, () -> voting.vote(seat.groupId(), three, 1));
        }
        org.partnershipworkshop.live.Seating.as(one, () -> voting.vote(one.groupId(), five, 1));
        org.partnershipworkshop.base.SystemTask.run(() -> voting.showResults(meeting.id(), true));
        projector.keyboard().press("v");
        var bars = projector.locator(".vote-bar");
        assertThat(bars).hasCount(9);
        assertThat(projector.locator(".vote-bar.leader")).hasCount(2);
        assertThat(projector.locator(".vote-bar[data-table='2']")).hasAttribute("data-place", "1");
        assertThat(projector.locator(".vote-bar[data-table='3']")).hasAttribute("data-place", "1");
        assertThat(projector.locator(".vote-bar[data-table='5']")).hasAttribute("data-place", "3");
        assertThat(projector.locator(".vote-bar-tie")).hasCount(2);
        assertThat(projector.locator(".vote-bar-tie").first()).hasText("tie");
        Browser.shot(projector, "projector-votes-tie-en-1920");
    }
}
