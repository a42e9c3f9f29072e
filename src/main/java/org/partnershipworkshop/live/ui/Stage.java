package org.partnershipworkshop.live.ui;

/** What the projector shows: all tables, one table, the join screen, the vote, or a screen another feature adds. */
enum Stage {
    GALLERY, TABLE, JOIN, VOTES, SCREEN
}
