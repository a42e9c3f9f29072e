package org.partnershipworkshop.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.partnershipworkshop.IntegrationTest;
import org.partnershipworkshop.base.StartupWork;
import org.partnershipworkshop.security.AccountService;
import org.partnershipworkshop.support.Browser;
import org.partnershipworkshop.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * While a fresh installation prepares its demo, the sign-in page and the signed-in screens say so in the
 * reader's language; once it is ready the banner goes and a notification says so (the demo's import is held
 * back by the test so it can look).
 */
@IntegrationTest
@Tag("browser")
class StartupBannerInBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    StartupWork startup;
    @Autowired
    AccountService accounts;

    @Test
    void theScreensSayTheDemoIsBeingPreparedUntilItIsReady() {
        TestData.ensureAccounts(accounts);
        CountDownLatch release = new CountDownLatch(1);
        startup.start("startup.demo", () -> {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        try (Browser browser = new Browser(port)) {
            Page login = browser.page("ru-RU");
            login.navigate(browser.url("/login"));
            assertThat(login.locator(".startup-banner")).hasText("Демонстрационная встреча готовится…");
            login.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/startup-login-ru.png")));

            Page page = browser.page("bg-BG");
            browser.login(page, "manager", TestData.PASSWORD);
            assertThat(page.locator("vaadin-app-layout .startup-banner")).hasText("Демонстрационната среща се подготвя…");
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/startup-meetings-bg.png")));
            page.setViewportSize(390, 844);
            assertThat(page.locator("vaadin-app-layout .startup-banner")).isVisible();
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/startup-meetings-phone-bg.png")));
            page.setViewportSize(1366, 768);

            release.countDown();
            assertThat(page.locator("vaadin-app-layout .startup-banner")).isHidden();
            assertThat(page.locator("vaadin-notification-card")).containsText("Демонстрационната среща е готова.");
            page.waitForTimeout(400); // the notification slides in
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/startup-ready-bg.png")));
            assertThat(login.locator(".startup-banner")).isHidden();
        } finally {
            release.countDown();
        }
    }
}
