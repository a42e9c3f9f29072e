package org.partnershipworkshop.catalogue;

import java.time.Instant;
import org.partnershipworkshop.canvas.Canvas;

/** A practice's passport or project card as saved at one revision: what, when and by whom. */
public record SheetSnapshot(long practiceId, PracticeSheet sheet, String templateId, long revision, Canvas canvas,
                            Instant savedAt, String savedBy) {
}
