package org.partnershipworkshop.audit;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.partnershipworkshop.base.Access;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
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

    AuditService(AuditEntryRepository entries, Optional<Clock> clock) {
        this.entries = entries;
        this.clock = clock.orElse(Clock.systemUTC());
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
        String shortDetail = detail == null || detail.length() <= DETAIL ? detail : detail.substring(0, DETAIL - 1) + "…";
        entries.save(new AuditEntryEntity(clock.instant(), cut(actor), action, cut(subject), shortDetail));
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

    private static String cut(String text) {
        return text == null ? "" : text.length() <= 300 ? text : text.substring(0, 299) + "…";
    }
}
