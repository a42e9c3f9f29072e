package org.partnershipworkshop.dialogue;

/** A meeting's feedback form changed: an answer came in or changed, or the form was opened, closed or edited. */
public record FeedbackChanged(long meetingId) {
}
