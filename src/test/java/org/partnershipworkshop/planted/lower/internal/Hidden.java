package org.partnershipworkshop.planted.lower.internal;

/** Internal to the lower module: no other module may use it. */
public class Hidden {
}
