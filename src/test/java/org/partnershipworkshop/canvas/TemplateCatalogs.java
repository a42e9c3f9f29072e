package org.partnershipworkshop.canvas;

import java.nio.file.Path;
import java.util.List;

/** Loads the real template files for tests outside the Spring context. */
public final class TemplateCatalogs {

    private TemplateCatalogs() {
    }

    public static List<CanvasTemplate> load(Path folder) {
        TemplateLoader.Result result = new TemplateLoader().load(folder, "none");
        if (!result.problems().isEmpty()) {
            throw new IllegalStateException("broken templates: " + result.problems());
        }
        return result.templates();
    }
}
