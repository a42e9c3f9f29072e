package org.partnershipworkshop.base;

import com.vaadin.flow.shared.Registration;
import java.util.function.Consumer;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One instance alone (the embedded database): there is nobody to tell. */
@Configuration
class LocalClusterMessages {

    @Bean
    @ConditionalOnMissingBean(ClusterMessages.class)
    ClusterMessages localOnly() {
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
