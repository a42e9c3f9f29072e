package org.partnershipworkshop.library;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.partnershipworkshop.base.Limits;
import org.partnershipworkshop.base.ValidationFailedException;
import org.partnershipworkshop.base.Violation;

/**
 * What the registry says of a library. The key may be null when a library is added by hand (the registry
 * makes one from the name); the parent is the library it belongs to (a branch's central library), or null.
 * Every broken rule is reported at once, each at its field.
 */
public record LibraryFacts(String key, String name, LibraryKind kind, Long parentId, Municipality municipality,
                           String region, String address, String email, String phone, String website) {

    public static final int EMAIL = 300;
    public static final int PHONE = 100;
    public static final int WEBSITE = 300;
    private static final Pattern EMAIL_FORM = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");
    /** An address of the web: http(s) with a host, or a bare host name such as {@code pskovlib.ru}. */
    private static final Pattern WEBSITE_FORM = Pattern.compile("(?i)(https?://)?[\\p{L}\\p{N}-]+(\\.[\\p{L}\\p{N}-]+)+(:\\d+)?([/?#]\\S*)?");

    public LibraryFacts {
        List<Violation> problems = new ArrayList<>();
        if (key != null && !key.isBlank()) {
            String normalized = LibraryKey.normalize(key);
            if (normalized == null) {
                problems.add(Violation.of("key", "library.error.key", LibraryKey.MAX));
            }
            key = normalized;
        } else {
            key = null;
        }
        name = text(name, "name", Limits.TITLE, true, problems);
        if (kind == null) {
            problems.add(Violation.of("kind", "error.required"));
        }
        region = text(region, "region", Limits.TITLE, true, problems);
        address = text(address, "address", Limits.TEXT, false, problems);
        email = text(email, "email", EMAIL, false, problems);
        if (email != null && !EMAIL_FORM.matcher(email).matches()) {
            problems.add(Violation.of("email", "library.error.email"));
        }
        phone = text(phone, "phone", PHONE, false, problems);
        website = text(website, "website", WEBSITE, false, problems);
        if (website != null && !WEBSITE_FORM.matcher(website).matches()) {
            problems.add(Violation.of("website", "library.error.website"));
        }
        if (!problems.isEmpty()) {
            throw new ValidationFailedException(problems);
        }
    }

    /** The same facts belonging to another library (or to none). */
    public LibraryFacts withParent(Long parent) {
        return new LibraryFacts(key, name, kind, parent, municipality, region, address, email, phone, website);
    }

    public LibraryFacts withKey(String newKey) {
        return new LibraryFacts(newKey, name, kind, parentId, municipality, region, address, email, phone, website);
    }

    /** The website as a link: a bare host name is reached over https. */
    public String websiteLink() {
        if (website == null) {
            return null;
        }
        return website.regionMatches(true, 0, "http://", 0, 7) || website.regionMatches(true, 0, "https://", 0, 8)
                ? website : "https://" + website;
    }

    private static String text(String value, String field, int max, boolean required, List<Violation> problems) {
        String stripped = value == null ? null : value.strip();
        if (stripped == null || stripped.isEmpty()) {
            if (required) {
                problems.add(Violation.of(field, "error.required"));
            }
            return null;
        }
        if (stripped.length() > max) {
            problems.add(Violation.of(field, "error.tooLong", max, stripped.length()));
            return null;
        }
        return stripped;
    }
}
