package org.partnershipworkshop.plan;

/** The work plan's document reader and writer ({@code workshop-plan/1}) for tests outside the feature, e.g. the readers' fuzz test. */
public final class PlanReaderAccess {

    private PlanReaderAccess() {
    }

    public static Object read(byte[] document) {
        return PlanReader.read(document);
    }

    /** A plan as its {@code workshop-plan/1} document, e.g. to import one a test made. */
    public static byte[] write(Plan plan) {
        return PlanWriter.write(plan);
    }
}
