package org.partnershipworkshop.security;

import java.util.regex.Pattern;
import org.partnershipworkshop.base.Limits;
import org.partnershipworkshop.base.Rules;
import org.partnershipworkshop.base.ValidationFailedException;
import org.partnershipworkshop.base.Violation;

/** An account to create: a user name of letters, digits, dot, dash or underscore, and a password of 10+ characters. */
public record NewAccount(String username, String displayName, Role role, String password) {

    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._-]{3,100}");
    public static final int MIN_PASSWORD = 10;

    public NewAccount {
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw new ValidationFailedException(Violation.of("username", "error.username"));
        }
        displayName = Rules.required(displayName, "displayName", Limits.TITLE);
        if (role == null) {
            throw new ValidationFailedException(Violation.of("role", "error.required"));
        }
        checkPassword(password);
    }

    public static String checkPassword(String password) {
        if (password == null || password.length() < MIN_PASSWORD || password.length() > 200) {
            throw new ValidationFailedException(Violation.of("password", "error.passwordLength", MIN_PASSWORD));
        }
        return password;
    }
}
