package org.partnershipworkshop.planted.upper;

import org.partnershipworkshop.planted.lower.Lower;
import org.partnershipworkshop.planted.lower.internal.Hidden;

/** Uses the lower module's base package (allowed) and its internal package (the planted violation). */
public class Upper {

    Lower allowed = new Lower();
    Hidden planted = new Hidden();
}
