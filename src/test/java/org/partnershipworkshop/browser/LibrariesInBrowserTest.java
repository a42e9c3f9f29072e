package org.partnershipworkshop.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.partnershipworkshop.IntegrationTest;
import org.partnershipworkshop.security.AccountService;
import org.partnershipworkshop.support.Browser;
import org.partnershipworkshop.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The registry end to end: a coordinator imports a district's network with the import dialog, opens its
 * central library and invites the library's account; the link's holder sets the password, signs in and sees
 * its own library only. Screenshots of the list and a library's page in Russian and Bulgarian (1366×768).
 */
@IntegrationTest
@Tag("browser")
class LibrariesInBrowserTest {

    private static final Path SCREENS = Browser.SCREENS;
    static Browser browser;

    @LocalServerPort
    int port;
    @Autowired
    AccountService accounts;

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    private static Locator visibleLink(Page page, String text) {
        return page.locator(".library-link", new Page.LocatorOptions().setHasText(text))
                .filter(new Locator.FilterOptions().setVisible(true)).first();
    }

    @Test
    void aCoordinatorImportsTheNetworkAndInvitesALibraryThatThenSeesOnlyItself() {
        TestData.ensureAccounts(accounts);
        if (browser == null) {
            browser = new Browser(port);
        }
        String u = Long.toString(System.nanoTime(), 36);
        String csv = "key,name,kind,parent,municipality_kind,municipality,region,email\n"
                + "ui-crb-" + u + ",Тестовская центральная районная библиотека " + u + ",central,,district,Тестовский район,Псковская область,crb-" + u + "@example.org\n"
                + "ui-branch-" + u + ",Тестовский филиал " + u + ",branch,ui-crb-" + u + ",district,Тестовский район,Псковская область,\n"
                + "ui-model-" + u + ",Тестовская модельная библиотека " + u + ",rural-model,ui-crb-" + u + ",district,Тестовский район,Псковская область,\n";

        Page page = browser.page("ru-RU");
        browser.login(page, "facilitator", TestData.PASSWORD);
        page.navigate(browser.url("/libraries"));
        assertThat(page.locator(".libraries-grid")).isVisible();
        Browser.shot(page, "libraries-ru");
        page.locator(".library-import").click();
        page.locator("vaadin-dialog-overlay vaadin-upload input[type=file], vaadin-upload input[type=file]").first()
                .setInputFiles(new FilePayload("network.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)));
        assertThat(page.locator("vaadin-notification-card").first()).containsText("Импортировано: добавлено 3");
        page.locator(".filter-text input").fill(u);
        // the grid keeps the rows it no longer shows in the page (hidden, their old content inside) and fills the
        // filtered rows a moment after the count: wait until exactly the three imported libraries are on screen,
        // so that the link clicked is one a person sees, not a row about to be hidden
        assertThat(page.locator(".libraries-count")).hasText(Pattern.compile("\\D3$"));
        assertThat(page.locator(".library-link").filter(new Locator.FilterOptions().setVisible(true))).hasCount(3);
        Locator crb = visibleLink(page, "Тестовская центральная районная библиотека " + u);
        assertThat(crb).isVisible();
        assertThat(visibleLink(page, "Тестовский филиал " + u)).isVisible();
        crb.click();
        page.waitForURL(url -> url.matches(".*/libraries/\\d+$"));
        String libraryPath = URI.create(page.url()).getPath();
        assertThat(page.locator(".library-title")).containsText("Тестовская центральная районная библиотека " + u);
        assertThat(page.locator(".library-view")).containsText("Тестовский филиал " + u);
        Browser.shot(page, "library-ru");

        page.locator(".library-invite").click();
        page.locator(".invite-username input").fill("ui-lib-" + u);
        page.locator(".dialog-save").click();
        Locator linkField = page.locator(".invitation-link input");
        assertThat(linkField).isVisible();
        String link = linkField.inputValue();
        assertThat(link).contains("/invitation/");
        page.locator(".invitation-link-dialog vaadin-button", new Page.LocatorOptions().setHasText("Закрыть")).click();
        assertThat(page.locator(".library-accounts")).containsText("ui-lib-" + u);

        Page holder = browser.page("ru-RU");
        holder.navigate(browser.url(URI.create(link).getPath()));
        holder.locator(".invitation-password input").fill("library password " + u);
        holder.locator(".invitation-repeat input").fill("library password " + u);
        holder.locator(".invitation-save").click();
        assertThat(holder.locator(".invitation-done")).isVisible();
        browser.login(holder, "ui-lib-" + u, "library password " + u);
        holder.waitForURL(url -> url.endsWith(libraryPath));
        assertThat(holder.locator(".library-title")).containsText("Тестовская центральная районная библиотека " + u);
        assertThat(holder.locator(".library-accounts")).hasCount(0);
        assertThat(holder.locator(".library-invite")).hasCount(0);
        // nothing else: not the list, not another library, not the meetings
        holder.navigate(browser.url("/libraries"));
        assertThat(holder.locator(".libraries-grid")).hasCount(0);
        holder.navigate(browser.url("/meetings"));
        holder.waitForURL(url -> url.endsWith(libraryPath));
        String branchLink = page.locator(".library-view a[href*='libraries/']", new Page.LocatorOptions().setHasText("Тестовский филиал " + u))
                .first().getAttribute("href");
        holder.navigate(browser.url("/" + branchLink.replaceFirst("^/", "")));
        assertThat(holder.locator(".library-title")).hasCount(0);

        Page bg = browser.page("bg-BG");
        browser.login(bg, "facilitator", TestData.PASSWORD);
        bg.navigate(browser.url("/libraries"));
        assertThat(bg.locator(".libraries-grid")).isVisible();
        Browser.shot(bg, "libraries-bg");
        bg.navigate(browser.url(libraryPath));
        assertThat(bg.locator(".library-title")).isVisible();
        Browser.shot(bg, "library-bg");
        assertThat(SCREENS.resolve("library-bg.png")).exists();
    }
}
