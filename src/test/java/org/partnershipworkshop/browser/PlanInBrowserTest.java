package org.partnershipworkshop.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.partnershipworkshop.IntegrationTest;
import org.partnershipworkshop.library.Libraries;
import org.partnershipworkshop.library.LibraryService;
import org.partnershipworkshop.security.AccountService;
import org.partnershipworkshop.support.Browser;
import org.partnershipworkshop.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A methodologist's month with the work plan, in Russian on a 1366×768 laptop: she imports the department's plan
 * (seed 002), opens May 2013, marks three rows done, moves one to June, enters an indicator's actual value for
 * May and prints the month report — which then says what she entered. Screenshots of the plan, the month and
 * the staff at the laptop, the projector (1920×1080) and a phone (390×844).
 */
@IntegrationTest
@Tag("browser")
class PlanInBrowserTest {

    static Browser browser;

    @LocalServerPort
    int port;
    @Autowired
    AccountService accounts;
    @Autowired
    LibraryService libraries;

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    private static byte[] demoPlan() throws Exception {
        try (InputStream in = PlanInBrowserTest.class.getClassLoader().getResourceAsStream("plan/demo-plan-2013.json")) {
            return in.readAllBytes();
        }
    }

    /** Opens the fact dialog of the first row of May still planned, sets what is asked and saves. */
    private static String mark(Page page, String status, String movedTo, String note) {
        Locator row = page.locator(".plan-month-due .plan-month-row")
                .filter(new Locator.FilterOptions().setHas(page.locator(".plan-fact-planned"))).first();
        String text = row.locator("span").first().textContent();
        row.locator(".plan-fact").click();
        Locator dialog = page.locator("vaadin-dialog.plan-fact-dialog");
        assertThat(dialog.locator(".dialog-save")).isVisible();
        dialog.locator("vaadin-radio-button", new Locator.LocatorOptions().setHasText(status)).locator("label").click();
        if (movedTo != null) {
            Locator date = dialog.locator(".plan-fact-moved-to input");
            date.fill(movedTo);
            date.press("Enter");
        }
        dialog.locator(".plan-fact-note textarea").fill(note);
        dialog.locator(".dialog-save").click();
        assertThat(page.locator("vaadin-notification-card").last()).containsText("Отметка сохранена");
        assertThat(dialog).hasCount(0);
        return text;
    }

    private static String squeeze(String text) {
        return text.replaceAll("[\\s\\u00A0\\u202F]+", "");
    }

    @Test
    void aMethodologistMarksHerMonthAndPrintsTheReport() throws Exception {
        TestData.ensureAccounts(accounts);
        browser = new Browser(port);
        Page page = browser.page("ru-RU");
        browser.login(page, "facilitator", TestData.PASSWORD);
        page.navigate(browser.url("/plans"));
        assertThat(page.locator(".plans-view")).isVisible();
        page.locator(".plan-import").click();
        page.locator("vaadin-upload input[type=file]").first()
                .setInputFiles(new FilePayload("plan-2013.json", "application/json", demoPlan()));
        page.waitForURL(url -> url.matches(".*/plans/\\d+$"));
        String planPath = URI.create(page.url()).getPath();
        assertThat(page.locator(".plan-title")).containsText("План работы отдела координации");
        assertThat(page.locator(".plan-sheet")).containsText("Ежемесячно");
        Browser.shot(page, "plan-ru-1366");

        page.navigate(browser.url(planPath + "?month=2013-05"));
        assertThat(page.locator(".plan-month")).isVisible();
        Locator done = page.locator(".plan-month-done .plan-month-row");
        int doneBefore = done.count();
        String first = mark(page, "выполнено", null, "Проведено в срок");
        String second = mark(page, "выполнено", null, "Проведено");
        String third = mark(page, "выполнено", null, "Проведено с опозданием на день");
        String moved = mark(page, "перенесено", "10.06.2013", "Перенесено по просьбе ЦБС");
        Browser.shot(page, "plan-month-ru-1366");
        assertThat(done).hasCount(doneBefore + 3);
        assertThat(page.locator(".plan-month-done")).containsText(first);
        assertThat(page.locator(".plan-month-done")).containsText(second);
        assertThat(page.locator(".plan-month-done")).containsText(third);
        Browser.shot(page, "plan-month-ru-1366");

        page.locator("vaadin-tab.plan-tab-plan").click();
        Locator indicator = page.locator(".plan-indicator").first();
        indicator.locator(".plan-actual-enter").click();
        Locator actual = page.locator("vaadin-dialog.plan-actual-dialog");
        assertThat(actual.locator(".dialog-save")).isVisible();
        Browser.shot(page, "plan-actual-ru-1366");
        assertThat(actual.locator(".plan-actual-period")).hasAttribute("has-value", "");
        actual.locator(".plan-actual-value input").fill("42");
        actual.locator(".dialog-save").click();
        assertThat(page.locator("vaadin-notification-card").last()).containsText("Фактическое значение сохранено");
        assertThat(page.locator(".plan-indicator").first().locator(".plan-actual")).hasText("42");

        // The plan's rows are one piece of HTML per section (decision 0181): their "Fact" buttons open the row's dialog.
        Locator planRow = page.locator(".plan-rows .plan-row")
                .filter(new Locator.FilterOptions().setHas(page.locator(".plan-fact"))).nth(3);
        planRow.scrollIntoViewIfNeeded();
        String rowText = planRow.locator(".plan-row-text span").first().textContent();
        Browser.shot(page, "plan-rows-ru-1366");
        planRow.locator(".plan-fact").click();
        Locator rowDialog = page.locator("vaadin-dialog.plan-fact-dialog");
        assertThat(rowDialog.locator("p").first()).containsText(rowText);
        rowDialog.locator(".dialog-cancel").click();
        assertThat(rowDialog).hasCount(0);

        page.navigate(browser.url(planPath + "?month=2013-05"));
        Download report = page.waitForDownload(() -> page.locator(".plan-month-bar vaadin-button").click());
        byte[] pdf = Files.readAllBytes(report.path());
        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
        StringBuilder text = new StringBuilder();
        PdfReader reader = new PdfReader(pdf);
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        for (int p = 1; p <= reader.getNumberOfPages(); p++) {
            text.append(extractor.getTextFromPage(p)).append('\n');
        }
        String squeezed = squeeze(text.toString());
        assertThat(squeezed).contains("Проведеносопозданиемнадень");
        assertThat(squeezed).contains(squeeze(third).substring(0, Math.min(20, squeeze(third).length())));
        assertThat(squeezed).contains("42");

        page.navigate(browser.url(planPath + "?month=2013-06"));
        assertThat(page.locator(".plan-month-due")).containsText(moved);

        page.locator("vaadin-tab.plan-tab-staff").click();
        assertThat(page.locator(".plan-workload")).isVisible();
        Locator person = page.locator("vaadin-details.plan-person").first();
        person.locator("vaadin-details-summary").click();
        assertThat(person.locator("li").first()).isVisible();
        Browser.shot(page, "plan-staff-ru-1366");

        Page projector = page.context().browser().newContext(new NewContextOptions().setViewportSize(1920, 1080)
                .setLocale("bg-BG")).newPage();
        browser.login(projector, "facilitator", TestData.PASSWORD);
        projector.navigate(browser.url(planPath));
        assertThat(projector.locator(".plan-sheet")).isVisible();
        Browser.shot(projector, "plan-bg-1920");
        Page phone = page.context().browser().newContext(new NewContextOptions().setViewportSize(390, 844)
                .setLocale("en-GB").setIsMobile(true)).newPage();
        browser.login(phone, "manager", TestData.PASSWORD);
        phone.navigate(browser.url(planPath + "?month=2013-05"));
        assertThat(phone.locator(".plan-month")).isVisible();
        assertThat(phone.locator(".plan-fact")).hasCount(0);
        Browser.shot(phone, "plan-month-en-390");

        // A library's page shows what the approved plan addresses to the libraries.
        long library = Libraries.create(libraries, "plan-rows");
        phone.navigate(browser.url("/libraries/" + library));
        Locator forLibraries = phone.locator(".plan-for-libraries");
        assertThat(forLibraries).containsText("План работы отдела координации");
        assertThat(forLibraries.locator(".plan-for-libraries-row").first()).isVisible();
        forLibraries.scrollIntoViewIfNeeded();
        Browser.shot(phone, "library-plan-rows-en-390");
    }
}
