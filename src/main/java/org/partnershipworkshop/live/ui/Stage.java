package org.partnershipworkshop.live.ui;

/** What the projector shows: all tables, one table, the join screen, or the vote. */
enum Stage {
    GALLERY, TABLE, JOIN, VOTES
}
