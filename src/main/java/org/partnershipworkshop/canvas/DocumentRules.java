package org.partnershipworkshop.canvas;

import java.util.List;
import org.partnershipworkshop.base.Violation;

/**
 * What an owner requires of its document beyond the template (a passport needs a name). The store checks
 * the template and these rules before every write and writes nothing when one is broken.
 */
@FunctionalInterface
public interface DocumentRules {

    DocumentRules NONE = content -> List.of();

    List<Violation> check(Canvas content);
}
