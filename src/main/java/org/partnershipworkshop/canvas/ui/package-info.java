/** The screens other features build on. */
@NamedInterface("ui")
package org.partnershipworkshop.canvas.ui;

import org.springframework.modulith.NamedInterface;
