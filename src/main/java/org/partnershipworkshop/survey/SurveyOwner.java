package org.partnershipworkshop.survey;

import java.util.regex.Pattern;

/** Whose survey: the owner feature's kind ({@code action}) and the owner's id; an owner has at most one survey. */
public record SurveyOwner(String kind, long id) {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]{0,39}");

    public SurveyOwner {
        if (kind == null || !NAME.matcher(kind).matches()) {
            throw new IllegalArgumentException("owner kind \"" + kind + "\" is not a short lower-case name");
        }
    }
}
