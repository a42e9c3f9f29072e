package org.partnershipworkshop.base;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.catalina.Valve;
import org.apache.catalina.valves.RemoteIpValve;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.TomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * Which reverse proxies the application believes (decision 0169): only the addresses in
 * {@code WORKSHOP_TRUSTED_PROXIES} (comma-separated IPv4 or IPv6 addresses). A request whose connection comes from
 * one of them is taken as the proxy says — the client's address from {@code X-Forwarded-For} (what the sign-in,
 * join and feedback limits count), the scheme from {@code X-Forwarded-Proto}, the host and port from
 * {@code X-Forwarded-Host}/{@code X-Forwarded-Port} (what the public links use when no public address is set);
 * from any other address those headers are ignored. This is Tomcat's {@code RemoteIpValve}, the one
 * {@code server.forward-headers-strategy=native} installs, but never with Tomcat's default of trusting every
 * private-range address (a laptop on the venue's Wi-Fi could then claim any address). The {@code framework}
 * strategy trusts every client and is refused at start.
 */
@Component
class TrustedProxies implements WebServerFactoryCustomizer<TomcatWebServerFactory>, Ordered {

    private static final Logger log = LoggerFactory.getLogger(TrustedProxies.class);

    private final List<String> proxies;
    private final String strategy;

    TrustedProxies(@Value("${workshop.trusted-proxies:}") String proxies,
                   @Value("${server.forward-headers-strategy:none}") String strategy) {
        this.proxies = parse(proxies);
        this.strategy = strategy.strip().toLowerCase(java.util.Locale.ROOT);
        if (this.strategy.equals("framework")) {
            throw new IllegalStateException("server.forward-headers-strategy=framework believes forwarded headers from "
                    + "every client; leave it unset and list the proxies in WORKSHOP_TRUSTED_PROXIES (docs/SECURITY.md)");
        }
    }

    /** The addresses, each checked to be a literal IP address (a host name could change what it means). */
    static List<String> parse(String list) {
        return Arrays.stream(list == null ? new String[0] : list.split(","))
                .map(String::strip).filter(s -> !s.isEmpty()).map(TrustedProxies::literal).toList();
    }

    private static String literal(String address) {
        if (!address.matches("[0-9.]+|[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*")) {
            throw new IllegalArgumentException("WORKSHOP_TRUSTED_PROXIES: \"" + address + "\" is not an IP address");
        }
        try {
            return InetAddress.getByName(address).getHostAddress();
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("WORKSHOP_TRUSTED_PROXIES: \"" + address + "\" is not an IP address", e);
        }
    }

    /** The pattern Tomcat matches a connection's address against: exactly the listed addresses, or nothing. */
    static String pattern(List<String> proxies) {
        return proxies.isEmpty() ? "" : proxies.stream().map(Pattern::quote).collect(Collectors.joining("|"));
    }

    @Override
    public void customize(TomcatWebServerFactory factory) {
        RemoteIpValve valve = null;
        for (Valve v : factory.getEngineValves()) {
            if (v instanceof RemoteIpValve remoteIp) {
                valve = remoteIp;
            }
        }
        if (valve == null && proxies.isEmpty()) {
            return;
        }
        if (valve == null) {
            valve = new RemoteIpValve();
            factory.addEngineValves(valve);
        }
        if (proxies.isEmpty()) {
            log.warn("server.forward-headers-strategy={} but WORKSHOP_TRUSTED_PROXIES is empty: forwarded headers are "
                    + "ignored from every address", strategy);
        }
        valve.setInternalProxies(pattern(proxies));
        valve.setTrustedProxies("");
        valve.setRemoteIpHeader("X-Forwarded-For");
        valve.setProtocolHeader("X-Forwarded-Proto");
        valve.setHostHeader("X-Forwarded-Host");
        valve.setPortHeader("X-Forwarded-Port");
    }

    /** After Spring Boot's own Tomcat settings, which may have added the valve. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
