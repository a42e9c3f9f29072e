package org.partnershipworkshop.partner;

import org.partnershipworkshop.base.Limits;
import org.partnershipworkshop.base.Rules;
import org.partnershipworkshop.canvas.PartnerNames;
import org.partnershipworkshop.canvas.PartnerType;

/**
 * Which part of the network to look at: services of one meeting, of meetings of one region, whose target
 * group mentions a text; partners of one type (then only the services they support). Null means any.
 * Region and text compare like partner names (case, spacing and quotes do not count).
 */
public record NetworkFilter(Long meetingId, String region, PartnerType partnerType, String targetGroup) {

    public static final NetworkFilter ALL = new NetworkFilter(null, null, null, null);

    public NetworkFilter {
        region = blankToNull(Rules.optional(region, "region", Limits.TEXT));
        targetGroup = blankToNull(Rules.optional(targetGroup, "targetGroup", Limits.TEXT));
    }

    public boolean isAll() {
        return meetingId == null && region == null && partnerType == null && targetGroup == null;
    }

    boolean matches(ServiceNode service) {
        if (meetingId != null && service.meetingId() != meetingId) {
            return false;
        }
        if (region != null && service.regions().stream().noneMatch(r -> same(r, region))) {
            return false;
        }
        return targetGroup == null || contains(service.targetGroup(), targetGroup)
                || contains(service.groupName(), targetGroup);
    }

    boolean matches(PartnerNode partner) {
        return partnerType == null || partner.type() == partnerType;
    }

    private static boolean same(String a, String b) {
        return PartnerNames.normalize(a).equals(PartnerNames.normalize(b));
    }

    private static boolean contains(String text, String part) {
        return PartnerNames.normalize(text).contains(PartnerNames.normalize(part));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
