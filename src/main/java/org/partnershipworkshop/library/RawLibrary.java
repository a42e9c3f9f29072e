package org.partnershipworkshop.library;

import java.util.Map;
import java.util.function.Function;

/**
 * One library as a document wrote it, before its rules are checked: the texts of its fields by name (see
 * {@link #FIELDS}) and where each field is in the document, for problems: a JSON path
 * ({@code libraries[3].email}) or a CSV row and column ({@code row 4, email}).
 */
record RawLibrary(Map<String, String> values, Function<String, String> at) {

    static final String KEY = "key";
    static final String NAME = "name";
    static final String KIND = "kind";
    static final String PARENT = "parent";
    static final String MUNICIPALITY_KIND = "municipality.kind";
    static final String MUNICIPALITY = "municipality.name";
    static final String REGION = "region";
    static final String ADDRESS = "address";
    static final String EMAIL = "email";
    static final String PHONE = "phone";
    static final String WEBSITE = "website";
    static final String ARCHIVED = "archived";
    static final java.util.List<String> FIELDS = java.util.List.of(KEY, NAME, KIND, PARENT, MUNICIPALITY_KIND,
            MUNICIPALITY, REGION, ADDRESS, EMAIL, PHONE, WEBSITE, ARCHIVED);

    String get(String field) {
        String value = values.get(field);
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** Where the whole library is (its row, its object). */
    String where() {
        return at.apply(null);
    }
}
