package org.partnershipworkshop.plan.ui;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Lines of a plan as a tree of plain data for {@code <plan-lines>} ({@link LineBlock}): elements (div, span, button)
 * with classes, an id, a text, a title, an accessible label and {@code data-} attributes. The browser makes text
 * nodes of the texts: nothing here is ever markup (decision 0183).
 */
final class LineTree {

    private final String tag;
    private final List<String> classes = new ArrayList<>();
    private final Map<String, String> data = new LinkedHashMap<>();
    private final List<LineTree> children = new ArrayList<>();
    private final Map<String, LineTree> templates = new LinkedHashMap<>();
    private String use;
    private String value;
    private String id;
    private String text;
    private String title;
    private String label;

    private LineTree(String tag) {
        this.tag = tag;
    }

    static LineTree root() {
        return new LineTree("div");
    }

    /** A new child element, last. */
    LineTree appendElement(String childTag) {
        LineTree child = new LineTree(childTag);
        children.add(child);
        return child;
    }

    LineTree addClass(String className) {
        classes.add(className);
        return this;
    }

    LineTree id(String value) {
        this.id = value;
        return this;
    }

    LineTree text(String value) {
        this.text = value;
        return this;
    }

    LineTree title(String value) {
        this.title = value;
        return this;
    }

    LineTree label(String value) {
        this.label = value;
        return this;
    }

    /** A {@code data-<name>} attribute; {@code name} is lower case with hyphens. */
    LineTree data(String name, String value) {
        data.put(name, value);
        return this;
    }

    /**
     * A piece that repeats on every line (a row's tools): the browser builds it once and copies it, filling each
     * empty {@code data-} attribute with the value of the place that {@link #use}s it. Only on the root.
     */
    LineTree template(String name) {
        LineTree piece = new LineTree("div");
        templates.put(name, piece);
        return piece;
    }

    /** A copy of the root's template {@code name} here, its empty data attributes set to {@code forValue}. */
    LineTree use(String name, String forValue) {
        LineTree place = appendElement("div");
        place.use = name;
        place.value = forValue;
        return place;
    }

    /** The tree as sent to the browser. */
    Node node() {
        Map<String, Node> pieces = new LinkedHashMap<>();
        templates.forEach((name, piece) -> pieces.put(name, piece.node()));
        return new Node(tag, List.copyOf(classes), id, text, title, label, Map.copyOf(data),
                children.stream().map(LineTree::node).toList(), pieces, use, value);
    }

    /** One element as JSON: what {@code plan-lines.js} builds. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record Node(String tag, List<String> classes, String id, String text, String title, String label,
                Map<String, String> data, List<Node> children, Map<String, Node> templates, String use, String value) {
    }
}
