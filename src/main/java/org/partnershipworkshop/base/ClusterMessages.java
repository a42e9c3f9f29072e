package org.partnershipworkshop.base;

import com.vaadin.flow.shared.Registration;
import java.util.function.Consumer;

/**
 * Short messages between the instances of one installation, so a save on one instance reaches the
 * screens connected to the others. On PostgreSQL they travel by LISTEN/NOTIFY ({@code PostgresClusterMessages});
 * with the embedded database there is only one instance and nothing travels.
 */
public interface ClusterMessages {

    /** Sends to every other instance; the sender's own screens were already told locally. */
    void send(String channel, String payload);

    /** Runs the handler for each message another instance sent on the channel. */
    Registration listen(String channel, Consumer<String> handler);
}
