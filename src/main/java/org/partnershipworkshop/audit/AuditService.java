package org.partnershipworkshop.audit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.partnershipworkshop.base.Access;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.transaction.annotation.Transactional;
import org.partnershipworkshop.base.Actor;

/**
 * The audit log: every feature records its changes here inside its own transaction (a change that rolls
 * back leaves no entry); admins read it.
 */
@Service
public class AuditService {

    private static final int DETAIL = 2000;

    private final AuditEntryRepository entries;
    private final Clock clock;
    private final TransactionTemplate ownTransaction;
    private final Object repeatLock = new Object();

    AuditService(AuditEntryRepository entries, Optional<Clock> clock, PlatformTransactionManager transactions) {
        this.entries = entries;
        this.clock = clock.orElse(Clock.systemUTC());
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Records a change by whoever is acting now. Anyone may record; only admins read. */
    @Transactional(propagation = Propagation.MANDATORY)
    @PreAuthorize("permitAll()")
    public void record(String action, String subject, String detail) {
        recordAs(Actor.current(), action, subject, detail);
    }

    /** Records an event that has no surrounding change, such as a failed sign-in. */
    @Transactional
    @PreAuthorize("permitAll()")
    public void recordAs(String actor, String action, String subject, String detail) {
        entries.save(new AuditEntryEntity(clock.instant(), cut(actor), action, cut(subject), detail == null ? null : shorten(detail)));
    }

    /**
     * Records an event that may repeat many times in a row (a sign-in held back: decision 0164): when the same
     * actor, action, subject and detail were recorded within {@code window} of now, that entry counts one more
     * repeat instead of a new entry being written. Each repeat commits at once, in a transaction of its own.
     */
    @PreAuthorize("permitAll()")
    public void recordRepeated(String actor, String action, String subject, String detail, Duration window) {
        String who = cut(actor);
        String on = cut(subject);
        String what = detail == null ? "" : shorten(detail);
        // Counted under one lock, committed before it is released: parallel repeats find each other's row.
        synchronized (repeatLock) {
            ownTransaction.executeWithoutResult(status -> {
                Instant now = clock.instant();
                entries.findFirstByActorAndActionAndSubjectAndDetailAndLastAtAfterOrderByIdDesc(who, action, on, what, now.minus(window))
                        .ifPresentOrElse(entry -> entry.repeated(now),
                                () -> entries.save(new AuditEntryEntity(now, who, action, on, what)));
            });
        }
    }

    /** The newest entries first, optionally only those containing the text (actor, action, subject or detail). */
    @Transactional(readOnly = true)
    @PreAuthorize(Access.ADMIN)
    public List<AuditEntry> search(String text, int offset, int limit) {
        String filter = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        int size = Math.max(1, Math.min(limit, 500));
        return entries.search(filter, PageRequest.of(offset / size, size)).map(AuditEntryEntity::toEntry).getContent();
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Access.ADMIN)
    public long count() {
        return entries.count();
    }

    private static String shorten(String detail) {
        return detail.length() <= DETAIL ? detail : detail.substring(0, DETAIL - 1) + "…";
    }

    private static String cut(String text) {
        return text == null ? "" : text.length() <= 300 ? text : text.substring(0, 299) + "…";
    }
}
