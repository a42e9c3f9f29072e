package org.partnershipworkshop.security;

import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.partnershipworkshop.security.ui.LoginView;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

/**
 * Two filter chains (security headers for every response come from {@link SecurityHeaders}): the JSON API (HTTP
 * Basic or a participant's bearer token, stateless, no cookies so no CSRF exposure; every refusal problem+json,
 * {@link ApiRefusals}) and the Vaadin UI (login form with a CSRF token, views denied unless annotated). Services
 * check roles again with {@code @PreAuthorize}.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfig {

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiFilterChain(HttpSecurity http, ObjectProvider<Seats> seats) throws Exception {
        ApiRefusals refusals = new ApiRefusals();
        return http
                // "/error" too: a 401 of the API is forwarded there and must stay a 401, not a login redirect.
                .securityMatcher("/api/**", "/actuator/**", "/error")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/error").permitAll()
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers("/actuator/**").hasRole("ADMIN")
                        .requestMatchers("/api/join").permitAll()
                        // the feedback form: anyone with its code (the service throttles per client)
                        .requestMatchers("/api/feedback/*").permitAll()
                        // a reader survey: the same (the answering service throttles per client)
                        .requestMatchers("/api/surveys/*").permitAll()
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(refusals))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(refusals).accessDeniedHandler(refusals))
                .addFilterBefore(new SeatTokenFilter(seats), BasicAuthenticationFilter.class)
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain uiFilterChain(HttpSecurity http, RequestUtil vaadinRequests) throws Exception {
        return http
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/*.css", "/images/**", "/icons/**", "/favicon.ico", "/manifest.webmanifest").permitAll())
                // Vaadin's own requests carry Vaadin's CSRF token; the sign-in form must carry Spring's (the login
                // form sends it from the page's _csrf meta tags), so a page of another site cannot sign a browser
                // in to an account of its choosing (decision 0168). Vaadin would exempt the login form.
                .with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class).enableCsrfConfiguration(false))
                .csrf(csrf -> csrf.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest))
                .build();
    }
}
