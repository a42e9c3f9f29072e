package org.partnershipworkshop.meeting;

/**
 * Published when a meeting is created or deleted, or its facts or groups change (not on canvas saves:
 * those publish {@code canvas.CanvasSaved}). Listeners that cache meeting data act after the commit.
 */
public record MeetingChanged(long meetingId) {
}
