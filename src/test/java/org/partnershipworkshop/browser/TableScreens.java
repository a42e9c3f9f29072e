package org.partnershipworkshop.browser;

import com.microsoft.playwright.impl.driver.Driver;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Table screens in a browser run by a separate Node process (Playwright's own driver and Debian's Chromium),
 * so that measuring the server's heap counts no browser-client objects: Playwright for Java would keep every
 * page's requests and responses in this very JVM.
 */
final class TableScreens implements AutoCloseable {

    private static final String SCRIPT = """
            const pw = require(process.env.PW_PACKAGE);
            const [base, code, count, mode, groupId] = process.argv.slice(2);
            const readline = require('readline').createInterface({ input: process.stdin });
            const lines = [];
            let waiting = null;
            readline.on('line', l => { if (waiting) { const w = waiting; waiting = null; w(l); } else { lines.push(l); } });
            const next = () => lines.length ? Promise.resolve(lines.shift()) : new Promise(r => waiting = r);
            const args = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
                '--disable-background-networking', '--disable-component-update', '--disable-sync'];
            const join = async (browser, table) => {
              const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'bg-BG' });
              const page = await context.newPage();
              await page.goto(base + '/join?code=' + code);
              await page.click(`.join-table[data-table="${table}"]`);
              await page.waitForURL(/\\/groups\\/\\d+/);
              await page.waitForSelector('.table-bar');
              // what a table does first: clicks into a note and leaves it
              await page.click('.field-entries textarea');
              await page.keyboard.press('Tab');
              await page.waitForTimeout(300);
              return page;
            };
            (async () => {
              const browser = await pw.chromium.launch({ executablePath: '/usr/bin/chromium', args });
              if (mode === 'open') {
                const pages = [];
                for (let i = 0; i < +count; i++) { pages.push(await join(browser, 1 + i % 9)); }
                console.log('READY');
                await next();
                for (const page of pages) { await page.context().close(); }
              } else {
                const seated = await join(browser, 2);
                for (let i = 0; i < +count; i++) {
                  const page = await seated.context().newPage();
                  await page.goto(base + '/groups/' + groupId);
                  await page.waitForSelector('.table-bar');
                  await page.close();
                }
                console.log('READY');
                await next();
                await seated.context().close();
              }
              await browser.close();
              console.log('CLOSED');
              process.exit(0);
            })().catch(e => { console.error(e); process.exit(1); });
            """;

    private final Process process;
    private final BufferedReader out;
    private final Writer in;

    private TableScreens(Process process) {
        this.process = process;
        this.out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        this.in = process.outputWriter(StandardCharsets.UTF_8);
    }

    /** {@code count} tables join (table 1, 2, … 9, 1, …), each in its own browser context, and stay open. */
    static TableScreens open(int port, String code, int count) {
        return start(port, code, count, "open", 0);
    }

    /** Table 2 joins, then opens its canvas in a new tab and closes the tab, {@code count} times. */
    static TableScreens cycles(int port, String code, int count, long groupId) {
        return start(port, code, count, "cycles", groupId);
    }

    private static TableScreens start(int port, String code, int count, String mode, long groupId) {
        try {
            Driver driver = Driver.ensureDriverInstalled(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1"), false);
            Path script = Files.createTempFile("table-screens", ".js");
            Files.writeString(script, SCRIPT);
            ProcessBuilder builder = new ProcessBuilder(driver.driverDir().resolve("node").toString(), script.toString(),
                    "http://localhost:" + port, code, String.valueOf(count), mode, String.valueOf(groupId));
            builder.environment().put("PW_PACKAGE", driver.driverDir().resolve("package").toString());
            builder.redirectError(ProcessBuilder.Redirect.INHERIT);
            TableScreens screens = new TableScreens(builder.start());
            screens.await("READY");
            return screens;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void await(String line) throws IOException {
        String read;
        while ((read = out.readLine()) != null) {
            if (read.equals(line)) {
                return;
            }
        }
        throw new IllegalStateException("the browser process ended before " + line);
    }

    @Override
    public void close() {
        try {
            in.write("close\n");
            in.flush();
            await("CLOSED");
            process.waitFor();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            process.destroy();
        }
    }
}
