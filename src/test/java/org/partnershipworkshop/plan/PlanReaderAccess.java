package org.partnershipworkshop.plan;

/** The work plan's document reader ({@code workshop-plan/1}) for tests outside the feature, e.g. the readers' fuzz test. */
public final class PlanReaderAccess {

    private PlanReaderAccess() {
    }

    public static Object read(byte[] document) {
        return PlanReader.read(document);
    }
}
