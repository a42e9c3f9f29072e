package org.partnershipworkshop.canvas;

/** Everything the canvas editor shows: whose canvas, its template, its current state, and whether the caller may edit it. */
public record CanvasPage(CanvasOwner owner, CanvasTemplate template, CanvasSnapshot snapshot, boolean editable) {
}
