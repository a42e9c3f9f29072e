package org.partnershipworkshop.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** On first start, creates the admin account from WORKSHOP_ADMIN_PASSWORD or prints a random password once. */
@Component
@Order(0)
class FirstAdmin implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);

    private final AccountService accounts;
    private final String password;

    FirstAdmin(AccountService accounts, @Value("${workshop.admin-password:}") String password) {
        this.accounts = accounts;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        accounts.createFirstAdmin(password).ifPresentOrElse(
                generated -> log.warn("""

                        =====================================================================
                          Created account "admin" with the password: {}
                          It is shown only this once. Change it under Accounts after signing in.
                        =====================================================================""", generated),
                () -> log.debug("Accounts exist or WORKSHOP_ADMIN_PASSWORD was given"));
    }
}
