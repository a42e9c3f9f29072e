package org.partnershipworkshop.interchange;

import java.util.Map;

/**
 * A part of the installation that a backup carries beside the meeting documents (the partner registry).
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
     * Restores the part, knowing which meeting each backed-up meeting became: {@code meetingIds} maps a meeting's
     * id in the backed-up installation to its id here. Parts that refer to meetings override this one.
     */
    default void restore(byte[] content, Map<Long, Long> meetingIds) {
        restore(content);
    }
}
