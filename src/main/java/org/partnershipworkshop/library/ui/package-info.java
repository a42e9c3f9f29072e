/** The library's page with its extension point for other features' sections (LibraryPageSection). */
@NamedInterface("ui")
package org.partnershipworkshop.library.ui;

import org.springframework.modulith.NamedInterface;
