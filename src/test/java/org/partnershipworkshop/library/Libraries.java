package org.partnershipworkshop.library;

import java.util.concurrent.atomic.AtomicInteger;
import org.partnershipworkshop.base.SystemTask;
import org.partnershipworkshop.security.Invitation;
import org.partnershipworkshop.security.LibraryAccountService;
import org.partnershipworkshop.support.TestData;

/** Test material of the registry: libraries with keys no other test uses, and their accounts. */
public final class Libraries {

    private static final AtomicInteger NEXT = new AtomicInteger();

    private Libraries() {
    }

    /** A text no other test uses, for keys and names. */
    public static String unique() {
        return Long.toString(System.nanoTime(), 36) + NEXT.incrementAndGet();
    }

    public static LibraryFacts facts(String key, String name, LibraryKind kind, Long parentId) {
        return new LibraryFacts(key, name, kind, parentId, new Municipality(MunicipalityKind.DISTRICT, "Тестовый район"),
                "Тестовая область", null, null, null, null);
    }

    /** A new central library with a fresh key starting with {@code prefix}; answers its id. */
    public static long create(LibraryService libraries, String prefix) {
        String key = prefix + "-" + unique();
        return SystemTask.run(() -> libraries.create(facts(key, "Библиотека " + key, LibraryKind.CENTRAL, null)));
    }

    /** A new account of the library, without a password yet; answers its user name. */
    public static String account(LibraryAccountService accounts, long libraryId) {
        return invite(accounts, libraryId).account().username();
    }

    public static Invitation invite(LibraryAccountService accounts, long libraryId) {
        String username = "lib-" + unique();
        return SystemTask.run(() -> accounts.create(libraryId, username, "Account " + username));
    }

    /** A new account of the library whose password is {@link TestData#PASSWORD}; answers its user name. */
    public static String accountWithPassword(LibraryAccountService accounts, long libraryId) {
        Invitation invitation = invite(accounts, libraryId);
        String token = invitation.path().substring(LibraryAccountService.INVITATION_PATH.length());
        return SystemTask.run(() -> accounts.accept(token, TestData.PASSWORD));
    }
}
