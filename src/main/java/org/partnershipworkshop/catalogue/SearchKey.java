package org.partnershipworkshop.catalogue;

import java.util.Arrays;
import java.util.List;
import org.partnershipworkshop.canvas.PartnerNames;

/**
 * The form in which the catalogue compares texts: as partner names are compared (case, spacing and quote
 * style do not count, {@link PartnerNames#normalize}), and ё written as е, as Russian texts often do.
 */
final class SearchKey {

    private SearchKey() {
    }

    static String of(String text) {
        return text == null ? null : PartnerNames.normalize(text).replace('ё', 'е');
    }

    /** The words of a query, each as a key; empty for a blank query. */
    static List<String> words(String query) {
        return query == null ? List.of() : Arrays.stream(of(query).split(" ")).filter(w -> !w.isEmpty()).toList();
    }

    /** A LIKE pattern matching the key anywhere, with the pattern's own characters taken literally. */
    static String containing(String key) {
        return "%" + key.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
