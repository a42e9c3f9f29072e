package org.partnershipworkshop.library.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;
import org.partnershipworkshop.library.LibraryDetails;

/**
 * A section another feature adds to a library's page — the network actions it takes part in, its reports,
 * its practices, the meetings it took part in, its place in the partner network — so the registry needs to
 * know none of them. Implementations are Spring beans; the page shows each section under its title, in
 * {@link #order()}, for every caller the section offers itself to.
 */
public interface LibraryPageSection {

    /** Position among the sections, smallest first. */
    int order();

    /** The section's title (already in the user's language), e.g. "Network actions". */
    String title(LibraryDetails library);

    /**
     * The section's content for this library, or empty when there is nothing for the current user (not their
     * concern, or nothing yet). Called on the screen's thread, as the current user.
     */
    Optional<Component> create(LibraryDetails library);
}
