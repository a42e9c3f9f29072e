package org.partnershipworkshop.base;

import com.vaadin.flow.shared.Registration;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Which {@link ClusterMessages} the installation gets, decided when it starts, from its database: PostgreSQL
 * (the {@code postgres} profile, or any {@code jdbc:postgresql:} address) can hold several instances, which
 * talk over LISTEN/NOTIFY; the embedded database has one instance alone, with nobody to tell. Not a profile
 * or bean condition, so the ahead-of-time processed start (decision 0087) chooses the same way.
 */
@Configuration
class ClusterMessagesChoice {

    @Bean
    ClusterMessages clusterMessages(DataSource dataSource, @Value("${spring.datasource.url:}") String url) {
        return url.startsWith("jdbc:postgresql:") ? new PostgresClusterMessages(dataSource) : localOnly();
    }

    private static ClusterMessages localOnly() {
        return new ClusterMessages() {
            @Override
            public void send(String channel, String payload) {
                // a single instance: its screens were told locally
            }

            @Override
            public Registration listen(String channel, Consumer<String> handler) {
                return () -> { };
            }
        };
    }
}
