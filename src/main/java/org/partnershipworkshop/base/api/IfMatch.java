package org.partnershipworkshop.base.api;

import org.partnershipworkshop.base.PreconditionRequiredException;
import org.partnershipworkshop.base.ValidationFailedException;
import org.partnershipworkshop.base.Violation;

/**
 * The revision an If-Match header names ({@code "12"}, {@code W/"12"}, {@code 12}): {@code 428} without one,
 * {@code 422} when it is not a revision. The endpoints that change a revisioned thing (a canvas, a plan row's
 * fact, a library's report) read it here.
 */
public final class IfMatch {

    private IfMatch() {
    }

    /** The revision the header names; {@code what} says in the 428's detail what it must name. */
    public static long revision(String ifMatch, String what) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new PreconditionRequiredException("If-Match with " + what + " is required; nothing was written");
        }
        String value = ifMatch.strip();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        try {
            return Long.parseLong(value.replace("\"", ""));
        } catch (NumberFormatException e) {
            throw new ValidationFailedException(Violation.of("If-Match", "error.revisionHeader", ifMatch));
        }
    }

    /** The ETag of a revision. */
    public static String etag(long revision) {
        return "\"" + revision + "\"";
    }
}
