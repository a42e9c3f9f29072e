package org.partnershipworkshop.base;

/** The input limits of meeting-v1 and of the product, one place for domain, validator and UI. */
public final class Limits {

    /** A title or a group name. */
    public static final int TITLE = 300;
    /** A note, a resource item, a partner name, a person's name, and every other short text. */
    public static final int TEXT = 2_000;
    /** A description or a presentation summary. */
    public static final int LONG_TEXT = 20_000;
    /** Entries of one canvas field, and items of any other list in a meeting. */
    public static final int ENTRIES = 200;
    /** Named people of a meeting. */
    public static final int PEOPLE = 2_000;
    public static final int GROUPS = 500;
    /** A meeting document or any upload, in bytes. */
    public static final int DOCUMENT_BYTES = 5 * 1024 * 1024;

    private Limits() {
    }
}
