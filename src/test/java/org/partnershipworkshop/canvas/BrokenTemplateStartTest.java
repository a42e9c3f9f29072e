package org.partnershipworkshop.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnershipworkshop.support.Api;
import org.partnershipworkshop.support.AppProcess;
import tools.jackson.databind.JsonNode;

/** A broken template file is reported at start-up with file and reason; the others load and the app starts. */
@Tag("process")
class BrokenTemplateStartTest {

    @Test
    void theApplicationStartsWithTheGoodTemplatesAndNamesTheBrokenFile(@TempDir Path folder) throws IOException {
        Path templates = Files.createDirectories(folder.resolve("templates"));
        Files.copy(Path.of("workshop-templates/smart-diagram.json"), templates.resolve("smart-diagram.json"));
        Files.writeString(templates.resolve("broken.json"), "{\"id\": \"broken\", \"version\": 1,");
        Path data = folder.resolve("data");
        try (AppProcess app = new AppProcess(data, Map.of("WORKSHOP_TEMPLATES_DIR", templates.toString())).start()) {
            JsonNode loaded = app.api().get("/api/templates", Api.basic("admin", AppProcess.ADMIN_PASSWORD)).json();
            assertThat(loaded).hasSize(1);
            assertThat(loaded.get(0).get("id").asString()).isEqualTo("smart-diagram");
            // the demo (smart diagram only) was imported all the same
            assertThat(app.api().get("/api/meetings", Api.basic("admin", AppProcess.ADMIN_PASSWORD)).json()).hasSize(1);
        }
        String log = Files.readString(data.resolveSibling("data.log"));
        assertThat(log).contains("Canvas template file broken.json is broken and was skipped").contains("not valid JSON");
    }
}
