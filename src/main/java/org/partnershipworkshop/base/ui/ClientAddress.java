package org.partnershipworkshop.base.ui;

import com.vaadin.flow.server.VaadinRequest;

/** The address of the browser behind the current request: what the per-client limits count (join codes, feedback). */
public final class ClientAddress {

    private ClientAddress() {
    }

    public static String current() {
        VaadinRequest request = VaadinRequest.getCurrent();
        return request == null ? "unknown" : request.getRemoteAddr();
    }
}
