package org.partnershipworkshop.interchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.partnershipworkshop.base.StartupWork;
import org.partnershipworkshop.base.SystemTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * On the first start of an installation, imports the demo meeting (Velingrad 2012, nine groups) unless
 * WORKSHOP_DEMO=false. It is imported once: a deleted demo stays deleted. Then it tells the other features
 * ({@link DemoImported}), which add their demo content. In the background ({@link StartupWork}): the first
 * page does not wait for it, and screens say "the demo is being prepared" until it is there.
 */
@Component
@Order(10)
class DemoMeeting implements ApplicationRunner {

    static final String RESOURCE = "demo/velingrad-2012.json";
    private static final Logger log = LoggerFactory.getLogger(DemoMeeting.class);

    static final String PREPARING = "startup.demo";

    private final InterchangeService interchange;
    private final ApplicationEventPublisher events;
    private final StartupWork work;
    private final boolean enabled;

    DemoMeeting(InterchangeService interchange, ApplicationEventPublisher events, StartupWork work,
                @Value("${workshop.demo:true}") boolean enabled) {
        this.interchange = interchange;
        this.events = events;
        this.work = work;
        this.enabled = enabled;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (enabled) {
            work.start(PREPARING, this::importOnce);
        }
    }

    private void importOnce() {
        byte[] document;
        try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
            document = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Optional<Long> imported;
        try {
            imported = SystemTask.run(() -> interchange.importDemoOnce(document));
        } catch (RuntimeException e) {
            log.error("The demo meeting could not be imported; the application runs without it", e);
            return;
        }
        imported.ifPresent(id -> {
            log.info("Imported the demo meeting as meeting {}", id);
            events.publishEvent(new DemoImported(id));
        });
    }
}
