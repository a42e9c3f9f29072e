package org.partnershipworkshop.catalogue;

import org.partnershipworkshop.base.Limits;
import org.partnershipworkshop.base.Rules;
import org.partnershipworkshop.base.ValidationFailedException;
import org.partnershipworkshop.base.Violation;

/**
 * What the catalogue is searched for; every part is optional and the parts combine (a practice must match
 * all that are given). Texts match regardless of case, spacing, quotes and ё/е; {@code text} is any passport
 * field or fact, word by word; the years keep practices that ran in any of them.
 */
public record CatalogueFilter(String text, String region, Integer fromYear, Integer toYear, String targetGroup,
                              String partner, Long meetingId) {

    public static final CatalogueFilter ALL = new CatalogueFilter(null, null, null, null, null, null, null);

    public CatalogueFilter {
        text = Rules.optional(blankToNull(text), "text", Limits.TEXT);
        region = Rules.optional(blankToNull(region), "region", Limits.TITLE);
        targetGroup = Rules.optional(blankToNull(targetGroup), "targetGroup", Limits.TEXT);
        partner = Rules.optional(blankToNull(partner), "partner", Limits.TEXT);
        if (fromYear != null && toYear != null && toYear < fromYear) {
            // a reversed range would silently find nothing
            throw new ValidationFailedException(Violation.of("toYear", "practice.error.yearsReversed", fromYear, toYear));
        }
    }

    public CatalogueFilter withText(String value) {
        return new CatalogueFilter(value, region, fromYear, toYear, targetGroup, partner, meetingId);
    }

    public CatalogueFilter withRegion(String value) {
        return new CatalogueFilter(text, value, fromYear, toYear, targetGroup, partner, meetingId);
    }

    public CatalogueFilter withYears(Integer from, Integer to) {
        return new CatalogueFilter(text, region, from, to, targetGroup, partner, meetingId);
    }

    public CatalogueFilter withTargetGroup(String value) {
        return new CatalogueFilter(text, region, fromYear, toYear, value, partner, meetingId);
    }

    public CatalogueFilter withPartner(String value) {
        return new CatalogueFilter(text, region, fromYear, toYear, targetGroup, value, meetingId);
    }

    public CatalogueFilter withMeeting(Long value) {
        return new CatalogueFilter(text, region, fromYear, toYear, targetGroup, partner, value);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
