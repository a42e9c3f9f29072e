package org.partnershipworkshop.library;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Search text of a library, compared without case, quotes, extra spaces and the difference of ё and е. */
final class LibrarySearch {

    private LibrarySearch() {
    }

    static String normalize(String text) {
        if (text == null) {
            return "";
        }
        return text.toLowerCase(Locale.ROOT).replace('ё', 'е').replaceAll("[«»„“”\"'`]", "")
                .replaceAll("\\s+", " ").strip();
    }

    /** Every word of the query is part of the library's texts (its name, key, places and contacts, its parent's name). */
    static boolean matches(String query, LibraryFacts facts, String parentName) {
        String words = normalize(query);
        if (words.isEmpty()) {
            return true;
        }
        String haystack = normalize(Stream.of(facts.name(), facts.key(), facts.municipality() == null ? null
                        : facts.municipality().name(), facts.region(), facts.address(), facts.email(), facts.phone(),
                facts.website(), parentName).filter(Objects::nonNull).collect(Collectors.joining(" ")));
        return Arrays.stream(words.split(" ")).allMatch(haystack::contains);
    }
}
