/** The screens other features build on. */
@NamedInterface("ui")
package org.partnershipworkshop.meeting.ui;

import org.springframework.modulith.NamedInterface;
