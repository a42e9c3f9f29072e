package org.partnershipworkshop.canvas;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** The partner types of meeting-v1. */
public enum PartnerType {
    LIBRARY("library"),
    COMMUNITY_CENTRE("community-centre"),
    MUNICIPALITY("municipality"),
    GOVERNMENT_AGENCY("government-agency"),
    SCHOOL("school"),
    MUSEUM("museum"),
    CULTURE("culture"),
    NGO("ngo"),
    BUSINESS("business"),
    MEDIA("media"),
    CLUB("club"),
    VOLUNTEERS("volunteers"),
    INDIVIDUALS("individuals"),
    PROFESSIONALS("professionals"),
    OTHER("other");

    private final String id;

    PartnerType(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** The i18n key of this type's name. */
    public String labelKey() {
        return "partnerType." + id;
    }

    public static Optional<PartnerType> fromId(String id) {
        return Arrays.stream(values()).filter(t -> t.id.equals(id)).findFirst();
    }

    public static String allowedIds() {
        return Arrays.stream(values()).map(PartnerType::id).collect(Collectors.joining(", "));
    }
}
