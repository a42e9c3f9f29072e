package org.partnershipworkshop.plan;

/** File names of a plan's exports: {@code plan-2013-7.pdf}, {@code report-2013-03-7.pdf}. */
final class PlanFiles {

    private PlanFiles() {
    }

    static String name(PlanStore.Stored stored, String what, String extension) {
        return what + "-" + stored.plan().year() + "-" + stored.id() + "." + extension;
    }
}
