package org.partnershipworkshop.live;

import org.partnershipworkshop.base.PublicAddress;
import org.springframework.stereotype.Component;

/** The join link a code's QR encodes: {@code <public address>/join?code=…}. */
@Component
public class JoinLinks {

    private final PublicAddress address;

    JoinLinks(PublicAddress address) {
        this.address = address;
    }

    public String url(JoinCode code) {
        return address.link("/join?code=" + code.value());
    }

    /** The public address itself, for other screens' links. */
    public String base() {
        return address.base();
    }

    /** Whether the link only works on this very computer. */
    public boolean localOnly() {
        return address.localOnly();
    }
}
