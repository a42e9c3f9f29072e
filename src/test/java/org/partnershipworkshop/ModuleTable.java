package org.partnershipworkshop;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.NamedInterface;

/**
 * The generated part of docs/ARCHITECTURE.md: every module, what it may use and what it does use, the
 * named interfaces it offers, and a Mermaid drawing of the dependencies; written between two markers.
 */
final class ModuleTable {

    static final String START = "<!-- modules:start (written by ModulesTest from the module model; do not edit) -->";
    static final String END = "<!-- modules:end -->";

    private ModuleTable() {
    }

    static String markdown(ApplicationModules modules) {
        List<ApplicationModule> ordered = modules.stream()
                .sorted(Comparator.comparingInt((ApplicationModule m) -> depth(m, modules))
                        .thenComparing(ModuleTable::name))
                .toList();
        StringBuilder md = new StringBuilder();
        md.append("| module | package | uses | may use | offers besides its base package |\n|---|---|---|---|---|\n");
        for (ApplicationModule m : ordered) {
            String offers = m.isOpen() ? "everything (open)" : m.getNamedInterfaces().stream()
                    .filter(NamedInterface::isNamed).map(NamedInterface::getName).sorted()
                    .collect(Collectors.joining(", "));
            md.append("| ").append(m.getDisplayName()).append(" | `").append(m.getBasePackage().getName()
                            .replace("org.partnershipworkshop.", "")).append("` | ")
                    .append(String.join(", ", uses(m, modules))).append(" | ")
                    .append(m.isOpen() ? "" : allowed(m)).append(" | ").append(offers).append(" |\n");
        }
        md.append("\nEvery module uses `base`; the drawing leaves those arrows out.\n\n```mermaid\nflowchart BT\n");
        for (ApplicationModule m : ordered) {
            for (String target : uses(m, modules).stream().filter(t -> !t.equals("base")).toList()) {
                md.append("  ").append(name(m)).append(" --> ").append(target).append('\n');
            }
        }
        md.append("```\n");
        return md.toString();
    }

    /** How high a module stands: 0 for one that uses none, else one more than the highest it uses. */
    private static int depth(ApplicationModule module, ApplicationModules modules) {
        return uses(module, modules).stream().mapToInt(n -> 1 + depth(modules.getModuleByName(n).orElseThrow(), modules))
                .max().orElse(0);
    }

    private static String name(ApplicationModule module) {
        return module.getIdentifier().toString();
    }

    private static List<String> uses(ApplicationModule module, ApplicationModules modules) {
        return module.getDirectDependencies(modules).uniqueModules().map(ModuleTable::name)
                .filter(n -> !n.equals(name(module))).distinct().sorted().toList();
    }

    private static String allowed(ApplicationModule module) {
        var annotation = module.getBasePackage().getAnnotation(org.springframework.modulith.ApplicationModule.class);
        return annotation.map(a -> String.join(", ", a.allowedDependencies())).orElse("");
    }

    /** Rewrites the part of the file between the markers; answers whether it changed. */
    static boolean write(Path file, String section) throws IOException {
        String text = Files.readString(file);
        int start = text.indexOf(START);
        int end = text.indexOf(END);
        if (start < 0 || end < start) {
            throw new IllegalStateException(file + " has no " + START + " … " + END + " section");
        }
        String next = text.substring(0, start + START.length()) + "\n" + section + text.substring(end);
        if (next.equals(text)) {
            return false;
        }
        Files.writeString(file, next);
        return true;
    }
}
