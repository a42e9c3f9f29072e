package org.partnershipworkshop.action.ui;

/** The addresses of the actions' screens. */
final class ActionLinks {

    private ActionLinks() {
    }

    static String action(long actionId) {
        return "actions/" + actionId;
    }

    static String library(long actionId, long libraryId) {
        return "actions/" + actionId + "/libraries/" + libraryId;
    }
}
