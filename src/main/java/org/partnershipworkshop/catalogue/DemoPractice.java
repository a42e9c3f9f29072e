package org.partnershipworkshop.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.partnershipworkshop.base.SystemTask;
import org.partnershipworkshop.interchange.DemoImported;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * When the demo meeting was imported on an installation's first start, the catalogue gets one practice too,
 * so it is not empty: the good-practice passport of seed 000 (Desnogorsk, in Russian), imported through the
 * normal {@code workshop-practice/1} import. It stands alone: it was not presented at the Bulgarian demo.
 */
@Component
class DemoPractice {

    static final String RESOURCE = "catalogue/demo-practice.json";
    private static final Logger log = LoggerFactory.getLogger(DemoPractice.class);

    private final CatalogueService catalogue;

    DemoPractice(CatalogueService catalogue) {
        this.catalogue = catalogue;
    }

    @EventListener
    void demoImported(DemoImported event) {
        try {
            long id = SystemTask.run(() -> catalogue.importDocument(document()));
            log.info("Added the demo practice as practice {}", id);
        } catch (RuntimeException e) {
            log.error("The demo practice could not be added; the catalogue starts empty", e);
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
