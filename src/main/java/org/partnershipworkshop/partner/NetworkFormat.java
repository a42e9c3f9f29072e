package org.partnershipworkshop.partner;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The formats the network is exported in (API {@code format=…}, the view's export buttons). */
public enum NetworkFormat {
    JSON("json", "application/json"),
    GRAPHML("graphml", "application/graphml+xml"),
    GEXF("gexf", "application/gexf+xml"),
    DOT("dot", "text/vnd.graphviz"),
    /** The links as rows: partner, service, meeting, role. */
    CSV("csv", "text/csv");

    private final String id;
    private final String contentType;

    NetworkFormat(String id, String contentType) {
        this.id = id;
        this.contentType = contentType;
    }

    public String id() {
        return id;
    }

    public String contentType() {
        return contentType;
    }

    public String extension() {
        return id;
    }

    public static Optional<NetworkFormat> fromId(String id) {
        return Arrays.stream(values()).filter(f -> f.id.equals(id == null ? "" : id.toLowerCase(Locale.ROOT))).findFirst();
    }

    public static String allowedIds() {
        return Arrays.stream(values()).map(NetworkFormat::id).collect(Collectors.joining(", "));
    }
}
