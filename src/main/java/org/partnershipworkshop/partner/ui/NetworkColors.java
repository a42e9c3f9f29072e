package org.partnershipworkshop.partner.ui;

import java.util.List;
import org.partnershipworkshop.canvas.PartnerType;

/**
 * Colours of the network drawing and its legend: partners by type, services by meeting. Partner colours are
 * strong, services' lighter, so the two kinds stay apart even where hues are close.
 */
final class NetworkColors {

    private static final List<String> TYPES = List.of(
            "#1f5fa8", // library
            "#8e44ad", // community centre
            "#c0392b", // municipality
            "#d35400", // government agency
            "#16a085", // school
            "#7f5539", // museum
            "#c2185b", // culture
            "#2e7d32", // ngo
            "#f39c12", // business
            "#0097a7", // media
            "#5d6d7e", // club
            "#689f38", // volunteers
            "#ad1457", // individuals
            "#3949ab", // professionals
            "#8d8d8d"); // other
    private static final String NO_TYPE = "#b0b7bf";
    private static final List<String> MEETINGS = List.of("#9ecae1", "#fdd0a2", "#c7e9c0", "#dadaeb", "#fcbba1",
            "#d9d9d9", "#fee391", "#c6dbef", "#e5c494", "#b3e2cd", "#f4cae4", "#cbd5e8");

    private NetworkColors() {
    }

    static String partner(PartnerType type) {
        return type == null ? NO_TYPE : TYPES.get(type.ordinal() % TYPES.size());
    }

    /** The colour of the n-th meeting (0-based, in date order). */
    static String meeting(int index) {
        return MEETINGS.get(Math.floorMod(index, MEETINGS.size()));
    }
}
