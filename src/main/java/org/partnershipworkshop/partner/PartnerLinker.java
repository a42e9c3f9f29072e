package org.partnershipworkshop.partner;

import java.time.Clock;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gives every normalized name written on a canvas its registry partner: a name seen for the first time
 * becomes a new partner under that spelling. Names are never matched any other way here; likely duplicates
 * are only suggested ({@link PartnerService#duplicates()}).
 */
@Service
class PartnerLinker {

    private final PartnerRepository partners;
    private final PartnerNameRepository names;
    private final Clock clock;

    PartnerLinker(PartnerRepository partners, PartnerNameRepository names, Optional<Clock> clock) {
        this.partners = partners;
        this.names = names;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** Creates partners for the names not linked yet (normalized name → spelling); returns how many. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public int link(Map<String, String> spellingByName) {
        Set<String> known = new HashSet<>();
        names.findAllById(spellingByName.keySet()).forEach(n -> known.add(n.normalizedName()));
        int created = 0;
        for (Map.Entry<String, String> name : spellingByName.entrySet()) {
            if (known.contains(name.getKey())) {
                continue;
            }
            PartnerEntity partner = partners.save(new PartnerEntity(name.getValue(), clock.instant()));
            names.save(new PartnerNameEntity(name.getKey(), partner.id(), name.getValue()));
            created++;
        }
        return created;
    }
}
