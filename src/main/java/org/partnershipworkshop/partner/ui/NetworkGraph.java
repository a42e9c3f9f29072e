package org.partnershipworkshop.partner.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import org.partnershipworkshop.base.Json;

/**
 * The network drawing: the {@code <network-view>} web component of {@code frontend/network-view.js}
 * (Cytoscape.js with the fCoSE layout). The server hands it the graph as JSON and hears which node was
 * clicked; metrics are computed on the server.
 */
@Tag("network-view")
@NpmPackage(value = "cytoscape", version = "3.34.4")
@NpmPackage(value = "cytoscape-fcose", version = "2.2.0")
@JsModule("./network-view.js")
public class NetworkGraph extends Component implements HasSize {

    /** A node was clicked ({@code nodeId}), or the background (null). */
    @DomEvent("node-select")
    public static class NodeSelectEvent extends ComponentEvent<NetworkGraph> {

        private final String nodeId;

        public NodeSelectEvent(NetworkGraph source, boolean fromClient, @EventData("event.detail.id") String nodeId) {
            super(source, fromClient);
            this.nodeId = nodeId;
        }

        public String nodeId() {
            return nodeId;
        }
    }

    public NetworkGraph() {
        addClassName("network-graph");
        getElement().setAttribute("role", "img");
    }

    /** Draws a graph: {@code {nodes: [{id, label, kind, color, size}], edges: [{id, source, target}]}}. */
    void show(String graphJson, String description) {
        getElement().setProperty("graph", graphJson);
        getElement().setAttribute("aria-label", description);
    }

    /** Highlights a node and its neighbours; null clears. */
    void select(String nodeId) {
        getElement().setProperty("selected", nodeId == null ? "" : nodeId);
    }

    /** Highlights a path of nodes; empty clears. */
    void showPath(List<String> nodeIds) {
        getElement().setProperty("path", Json.MAPPER.writeValueAsString(nodeIds));
    }

    Registration addNodeSelectListener(ComponentEventListener<NodeSelectEvent> listener) {
        return addListener(NodeSelectEvent.class, listener);
    }
}
