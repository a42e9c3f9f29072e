package org.partnershipworkshop.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.partnershipworkshop.base.SystemTask;
import org.partnershipworkshop.interchange.InterchangeService;
import org.partnershipworkshop.meeting.MeetingDetails;
import org.partnershipworkshop.meeting.MeetingService;
import org.partnershipworkshop.security.AccountService;
import org.partnershipworkshop.security.NewAccount;
import org.partnershipworkshop.security.Role;

/** Shared test material: the example meeting document and accounts of every role. */
public final class TestData {

    public static final Path EXAMPLE = Path.of("src/main/resources/demo/velingrad-2012.json");
    public static final String PASSWORD = "password-for-tests";

    private TestData() {
    }

    public static byte[] example() {
        try {
            return Files.readAllBytes(EXAMPLE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Imports the example as a new meeting the caller may change freely. */
    public static MeetingDetails importExample(InterchangeService interchange, MeetingService meetings) {
        return SystemTask.run(() -> meetings.details(interchange.importMeeting(example())));
    }

    /**
     * Makes sure accounts "facilitator", "manager" and "admin2" exist with {@link #PASSWORD} (a library's
     * account belongs to a library: see {@code library.Libraries}).
     */
    public static void ensureAccounts(AccountService accounts) {
        SystemTask.run(() -> {
            for (Role role : Role.assignable()) {
                String name = role == Role.ADMIN ? "admin2" : role.name().toLowerCase();
                if (accounts.list().stream().noneMatch(a -> a.username().equals(name))) {
                    accounts.create(new NewAccount(name, role.name(), role, PASSWORD));
                }
            }
            return null;
        });
    }
}
