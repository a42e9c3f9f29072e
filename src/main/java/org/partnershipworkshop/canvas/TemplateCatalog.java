package org.partnershipworkshop.canvas;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The canvas templates, read once at start-up from {@code workshop.templates-dir} (the top-level
 * {@code workshop-templates/} folder when run from the project) or, when that folder is absent, from
 * the copy packed in the application. Broken files are logged with file and reason and skipped.
 */
@Component
class TemplateCatalog {

    private static final Logger log = LoggerFactory.getLogger(TemplateCatalog.class);

    private final List<CanvasTemplate> templates;
    private final List<TemplateLoader.Problem> problems;

    TemplateCatalog(@Value("${workshop.templates-dir:workshop-templates}") String folder) {
        TemplateLoader.Result result = new TemplateLoader().load(Path.of(folder), "workshop-templates");
        this.templates = result.templates().stream().sorted(Comparator.comparing(CanvasTemplate::id)).toList();
        this.problems = result.problems();
        problems.forEach(p -> log.error("Canvas template file {} is broken and was skipped: {}", p.file(), p.reason()));
        log.info("Loaded canvas templates: {}", templates.stream().map(CanvasTemplate::id).toList());
    }

    List<CanvasTemplate> all() {
        return templates;
    }

    Optional<CanvasTemplate> find(String id) {
        return templates.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    List<TemplateLoader.Problem> problems() {
        return problems;
    }
}
