/**
 * The shared kernel every feature builds on: languages, rules and their violations, limits, JSON checks,
 * messages, broadcasting, the public address, who acts; the layout, dialogs, formats, notifications and QR
 * codes of the UI; the API error mapping. Open: every feature may use all of it.
 */
@ApplicationModule(displayName = "Base", type = ApplicationModule.Type.OPEN)
package org.partnershipworkshop.base;

import org.springframework.modulith.ApplicationModule;
