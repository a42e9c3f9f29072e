package org.partnershipworkshop.dialogue;

/** A saved answer: whether it replaced this device's earlier answer, and the answer as stored. */
public record Submitted(boolean updated, Answer answer) {
}
