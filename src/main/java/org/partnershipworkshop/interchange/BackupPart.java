package org.partnershipworkshop.interchange;

import java.util.Map;

/**
 * A part of the installation that a backup carries beside the meeting documents (the partner registry, the
 * practice catalogue).
 * Features implement it as Spring beans; restore runs after all meetings are imported.
 */
public interface BackupPart {

    /** The file name inside the backup, e.g. {@code partners.json}. */
    String fileName();

    /** The part as bytes (JSON). */
    byte[] export();

    /** Restores the part into an installation that has just received the backup's meetings. */
    void restore(byte[] content);

    /**
     * Restores the part; {@code meetingIds} maps the id each meeting had in the backed-up installation to
     * its id here, for parts that refer to meetings (the practice catalogue).
     */
    default void restore(byte[] content, Map<Long, Long> meetingIds) {
        restore(content);
    }

    /**
     * Why this part cannot be restored into this installation now (an i18n key), or null when it can: a part
     * that already holds data here would otherwise get the backup's on top, twice.
     */
    default String restoreBlockedBy() {
        return null;
    }
}
