package org.partnershipworkshop.planted.lower;

/** What the lower module offers. */
public class Lower {
}
