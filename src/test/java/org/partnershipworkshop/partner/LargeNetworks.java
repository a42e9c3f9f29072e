package org.partnershipworkshop.partner;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.partnershipworkshop.canvas.PartnerType;

/** Networks of the shapes that broke the drawing and the communities, built without a database. */
final class LargeNetworks {

    private LargeNetworks() {
    }

    static ServiceNode service(long groupId, long meetingId) {
        return new ServiceNode(groupId, meetingId, "Meeting " + meetingId, LocalDate.of(2012, 5, 17), (int) (groupId % 1000),
                "Table " + groupId, "", List.of("Smolyan"));
    }

    static PartnerNode partner(long id, PartnerType type) {
        return new PartnerNode(id, "Partner " + id, type, null);
    }

    /**
     * Two imported meetings of {@code tables} tables each with no partner named yet, and a third meeting whose
     * tables share a handful of partners: more than 500 vertices, most of them without links.
     */
    static PartnerNetwork withoutPartners(int tables) {
        List<ServiceNode> services = new ArrayList<>();
        for (int m = 1; m <= 2; m++) {
            for (int t = 1; t <= tables; t++) {
                services.add(service(m * 10_000L + t, m));
            }
        }
        List<ServiceLink> links = new ArrayList<>();
        for (int t = 1; t <= 20; t++) {
            ServiceNode s = service(30_000L + t, 3);
            services.add(s);
            links.add(new ServiceLink(partner(t % 5, PartnerType.NGO), s, List.of()));
            links.add(new ServiceLink(partner(100 + t, PartnerType.BUSINESS), s, List.of()));
        }
        return new PartnerNetwork(services, links);
    }

    /** An ordinary small meeting: each table its own partner (pairs only, no part of three). */
    static PartnerNetwork eachTableItsOwnPartner(int tables) {
        List<ServiceNode> services = new ArrayList<>();
        List<ServiceLink> links = new ArrayList<>();
        for (int t = 1; t <= tables; t++) {
            ServiceNode s = service(t, 1);
            services.add(s);
            links.add(new ServiceLink(partner(t, PartnerType.NGO), s, List.of()));
        }
        return new PartnerNetwork(services, links);
    }
}
