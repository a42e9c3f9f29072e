package org.partnershipworkshop.documents;

import java.awt.Color;
import java.util.EnumMap;
import java.util.Map;
import org.partnershipworkshop.canvas.PartnerType;

/** One colour per partner type, the same in the partner index, on the boards and in the network figure. */
public final class PartnerColors {

    /** A partner named without a type. */
    public static final Color UNTYPED = new Color(0x9a, 0xa4, 0xae);

    private static final Map<PartnerType, Color> COLORS = new EnumMap<>(PartnerType.class);

    static {
        // A qualitative palette (Tableau 20 family): distinguishable in print and for most colour-blind readers.
        put(PartnerType.LIBRARY, 0x1f77b4);
        put(PartnerType.COMMUNITY_CENTRE, 0xaec7e8);
        put(PartnerType.MUNICIPALITY, 0xd62728);
        put(PartnerType.GOVERNMENT_AGENCY, 0xff9896);
        put(PartnerType.SCHOOL, 0x2ca02c);
        put(PartnerType.MUSEUM, 0x98df8a);
        put(PartnerType.CULTURE, 0x9467bd);
        put(PartnerType.NGO, 0xff7f0e);
        put(PartnerType.BUSINESS, 0x8c564b);
        put(PartnerType.MEDIA, 0xe377c2);
        put(PartnerType.CLUB, 0xbcbd22);
        put(PartnerType.VOLUNTEERS, 0x17becf);
        put(PartnerType.INDIVIDUALS, 0xc5b0d5);
        put(PartnerType.PROFESSIONALS, 0xc49c94);
        put(PartnerType.OTHER, 0x7f7f7f);
    }

    private PartnerColors() {
    }

    private static void put(PartnerType type, int rgb) {
        COLORS.put(type, new Color(rgb));
    }

    public static Color of(PartnerType type) {
        return type == null ? UNTYPED : COLORS.get(type);
    }
}
