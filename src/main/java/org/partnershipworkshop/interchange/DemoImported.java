package org.partnershipworkshop.interchange;

/**
 * Published once, after the demo meeting was imported on an installation's first start, so other features
 * can add their own demo content (the practice catalogue's demo passport). Not published on a restore.
 */
public record DemoImported(long meetingId) {
}
