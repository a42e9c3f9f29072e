package org.partnershipworkshop.canvas;

/** One entry of a canvas field: a sticky note, a resource, a partner, an indicator or a target. */
public sealed interface CanvasEntry permits Note, Resource, PartnerEntry, Indicator, Target {

    FieldKind kind();

    /** The entry's main text, as shown in a one-line summary. */
    String headline();
}
