package org.partnershipworkshop.support;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Debian's Chromium driven by Playwright (its driver bundle carries Node; no browser is downloaded). */
public final class Browser implements AutoCloseable {

    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    /** Where the screenshots of the browser tests go, to be looked at. */
    public static final Path SCREENS = Path.of("target/screens");
    private static final List<String> FLAGS = List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
            "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync");

    private final Playwright playwright;
    private final com.microsoft.playwright.Browser browser;
    private final String base;

    public Browser(int port) {
        if (!Files.isExecutable(CHROMIUM)) {
            throw new IllegalStateException(CHROMIUM + " is missing: apt-get install chromium (.ci/run does)");
        }
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM)
                .setHeadless(true).setArgs(FLAGS));
        base = "http://localhost:" + port;
    }

    /** A new page (its own cookies) with a laptop-sized window and the given browser language. */
    public Page page(String language) {
        return browser.newContext(new NewContextOptions().setViewportSize(1366, 768).setLocale(language)).newPage();
    }

    public String url(String path) {
        return base + path;
    }

    public void login(Page page, String user, String password) {
        page.navigate(url("/login"));
        // The first page a fresh server renders on a loaded two-core machine can take longer than Playwright's 30 s.
        Locator username = page.locator("input[name=username]");
        username.waitFor(new Locator.WaitForOptions().setTimeout(90_000));
        username.fill(user);
        page.locator("input[name=password]").fill(password);
        page.locator("vaadin-button[slot=submit]").click();
        page.waitForURL(u -> !u.contains("/login"));
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }

    /** A screenshot of the page as it stands, once animations have settled, as {@code target/screens/<name>.png}. */
    public static void shot(Page page, String name) {
        page.waitForTimeout(300);
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENS.resolve(name + ".png")));
    }
}
