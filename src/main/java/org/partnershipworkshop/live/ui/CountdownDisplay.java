package org.partnershipworkshop.live.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.html.Span;
import java.time.Clock;
import java.time.Duration;
import org.partnershipworkshop.live.Countdown;

/**
 * The countdown as big digits. The server sends how much is left and whether it runs; the browser ticks it
 * down by itself (no push every second) and marks the last minute and the end. Measuring from "now" on
 * both sides keeps it right even when the laptop's clock is off.
 */
class CountdownDisplay extends Span {

    private static final String TICK = """
            const el = $0, left = $1, running = $2;
            if (el.__pwTick) { clearInterval(el.__pwTick); el.__pwTick = null; }
            const end = Date.now() + left;
            const draw = () => {
              const ms = running ? Math.max(0, end - Date.now()) : left;
              const total = Math.ceil(ms / 1000), h = Math.floor(total / 3600), m = Math.floor(total / 60) % 60, s = total % 60;
              el.textContent = (h > 0 ? h + ':' + String(m).padStart(2, '0') : m) + ':' + String(s).padStart(2, '0');
              el.classList.toggle('timer-done', ms <= 0);
              el.classList.toggle('timer-last-minute', ms > 0 && ms <= 60000);
              if ((running && ms <= 0) || !el.isConnected) { clearInterval(el.__pwTick); el.__pwTick = null; }
            };
            draw();
            if (running && left > 0) { el.__pwTick = setInterval(draw, 250); }
            """;

    private final Clock clock;
    private Countdown countdown = Countdown.IDLE;

    CountdownDisplay(Clock clock) {
        this.clock = clock;
        addClassName("countdown");
        getElement().setAttribute("role", "timer");
        setVisible(false);
    }

    void show(Countdown countdown) {
        this.countdown = countdown;
        Duration left = countdown.left(clock.instant());
        setVisible(!countdown.isIdle());
        getElement().setAttribute("data-state", countdown.isIdle() ? "idle" : countdown.isRunning() ? "running" : "paused");
        getElement().setAttribute("data-left-ms", String.valueOf(left.toMillis()));
        getElement().setAttribute("aria-label", getTranslation(countdown.isRunning() ? "live.timer.running" : "live.timer.paused",
                Math.max(1, (left.toSeconds() + 59) / 60)));
        setClassName("paused", !countdown.isIdle() && !countdown.isRunning());
        tick();
    }

    Countdown countdown() {
        return countdown;
    }

    @Override
    protected void onAttach(AttachEvent event) {
        tick();
    }

    private void tick() {
        if (!countdown.isIdle()) {
            getElement().executeJs(TICK, getElement(), countdown.left(clock.instant()).toMillis(), countdown.isRunning());
        }
    }
}
