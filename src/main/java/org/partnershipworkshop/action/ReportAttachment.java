package org.partnershipworkshop.action;

import java.time.Instant;

/** A file attached to a library's report: its id, name, kind, size, when and by whom it was added. */
public record ReportAttachment(long id, String fileName, String mediaType, int size, Instant addedAt, String addedBy) {
}
