package org.partnershipworkshop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.Violations;
import org.springframework.modulith.docs.Documenter;

/**
 * The module boundaries, checked and drawn: each feature is a Spring Modulith application module (a direct
 * sub-package with its package-info), may use only the modules its {@code allowedDependencies} name, and
 * reaches into another module only through what that module offers (its base package and named
 * interfaces). The diagram in docs/modules is written from the same model on every build, so it cannot drift.
 */
class ModulesTest {

    static final ApplicationModules MODULES = ApplicationModules.of(Application.class);

    @Test
    void theModulesKeepTheirBoundaries() {
        MODULES.verify();
    }

    @Test
    void aPlantedViolationIsFound() {
        ApplicationModules planted = ApplicationModules.of("org.partnershipworkshop.planted", location -> true);
        assertThatThrownBy(planted::verify).isInstanceOf(Violations.class)
                .hasMessageContaining("lower").hasMessageContaining("internal");
    }

    /**
     * Writes the diagrams and the architecture's module table from the model. When they differ from what the
     * repository holds, the test fails after writing them: commit the new files (a clean clone always passes).
     */
    @Test
    void theDocumentationIsWrittenFromTheModel() throws IOException {
        Path folder = Path.of("docs/modules");
        Path written = Path.of("target/modulith-docs");
        String before = snapshot(folder);
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(written.toString()))
                .writeModulesAsPlantUml(Documenter.DiagramOptions.defaults()
                        .withStyle(Documenter.DiagramOptions.DiagramStyle.UML))
                .writeModuleCanvases();
        Files.createDirectories(folder);
        try (var files = Files.list(written)) {
            for (Path file : files.toList()) {
                Files.writeString(folder.resolve(file.getFileName()), stable(Files.readString(file)));
            }
        }
        assertThat(Files.readString(folder.resolve("components.puml"))).contains("Proceedings", "Canvases");
        Path architecture = Path.of("docs/ARCHITECTURE.md");
        boolean changed = ModuleTable.write(architecture, ModuleTable.markdown(MODULES));
        assertThat(Files.readString(architecture)).contains("| Proceedings | `proceedings` |");
        assertThat(changed).as("docs/ARCHITECTURE.md's module table was out of date; it is rewritten now: commit it").isFalse();
        assertThat(snapshot(folder)).as("docs/modules was out of date; it is rewritten now: commit it").isEqualTo(before);
    }

    /** The Documenter writes a diagram's arrows in hash order: sorted, the file is the same on every run. */
    static String stable(String text) {
        List<String> lines = new ArrayList<>(text.lines().toList());
        int i = 0;
        while (i < lines.size()) {
            int j = i;
            while (j < lines.size() && lines.get(j).contains(" --> ")) {
                j++;
            }
            if (j > i) {
                Collections.sort(lines.subList(i, j));
                i = j;
            } else {
                i++;
            }
        }
        return String.join("\n", lines) + "\n";
    }

    private static String snapshot(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return "";
        }
        StringBuilder all = new StringBuilder();
        try (var files = Files.list(folder)) {
            for (Path file : files.sorted().toList()) {
                all.append(file.getFileName()).append('\n').append(Files.readString(file)).append('\n');
            }
        }
        return all.toString();
    }
}
