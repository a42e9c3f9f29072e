package org.partnershipworkshop.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.server.VaadinSession;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.partnershipworkshop.BrowserlessTest;
import org.partnershipworkshop.base.StartupWork;
import org.springframework.security.test.context.support.WithMockUser;

/** While the demo is being prepared the banner says so; when it is ready it goes, and a notification says so. */
@BrowserlessTest
@WithMockUser(username = "manager", roles = "MANAGER")
class StartupBannerTest extends SpringBrowserlessTest {

    @Test
    void theBannerSaysWhatIsBeingPreparedUntilItIsReady() {
        StartupWork work = new StartupWork();
        CountDownLatch release = new CountDownLatch(1);
        work.start("startup.demo", () -> {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        StartupBanner banner = new StartupBanner(work);
        UI.getCurrent().add(banner);

        assertThat(banner.isVisible()).isTrue();
        assertThat(banner.getElement().getAttribute("role")).isEqualTo("status");
        assertThat($(Span.class, banner).first().getText()).isEqualTo(banner.getTranslation("startup.demo"));

        release.countDown();
        until(() -> !banner.isVisible(), "the banner goes once the demo is ready");
        assertThat($(Notification.class).first().getElement().getTextRecursively())
                .contains(banner.getTranslation("startup.demo.done"));
    }

    @Test
    void nothingIsShownWhenNothingIsBeingPrepared() {
        StartupBanner banner = new StartupBanner(new StartupWork());
        UI.getCurrent().add(banner);
        assertThat(banner.isVisible()).isFalse();
    }

    /** The test holds the session's lock: the banner's push from the worker waits in the queue, run here. */
    private static void until(BooleanSupplier condition, String what) {
        long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean()) {
            VaadinSession session = VaadinSession.getCurrent();
            session.getService().runPendingAccessTasks(session);
            if (System.nanoTime() > end) {
                throw new AssertionError("not within 10 s: " + what);
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
