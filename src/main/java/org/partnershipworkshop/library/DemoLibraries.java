package org.partnershipworkshop.library;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.partnershipworkshop.base.SystemTask;
import org.partnershipworkshop.interchange.DemoImported;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * When the demo meeting was imported on an installation's first start, the registry gets the libraries of
 * Pskov region that seeds 002 and 004 speak of: the regional library, the central library of each of the 24
 * districts and the 2 cities, and the rural model libraries the 2013 work plan visits — through the normal
 * {@code workshop-libraries/1} import. Contacts only where the seeds (or the library's own site) give them.
 */
@Component
class DemoLibraries {

    static final String RESOURCE = "library/demo-pskov-region.json";
    private static final Logger log = LoggerFactory.getLogger(DemoLibraries.class);

    private final LibraryService registry;

    DemoLibraries(LibraryService registry) {
        this.registry = registry;
    }

    /** Before the features that refer to the demo libraries (the network action: order 200). */
    @EventListener
    @Order(100)
    void demoImported(DemoImported event) {
        try {
            ImportResult result = SystemTask.run(() -> registry.importDocument(document()));
            log.info("Added the demo libraries of Pskov region: {} new", result.created());
        } catch (RuntimeException e) {
            log.error("The demo libraries could not be added; the registry starts empty", e);
        }
    }

    static byte[] document() {
        try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
