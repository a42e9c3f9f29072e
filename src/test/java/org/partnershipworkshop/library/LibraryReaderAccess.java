package org.partnershipworkshop.library;

import java.util.List;
import org.partnershipworkshop.base.ValidationFailedException;
import org.partnershipworkshop.base.Violation;

/**
 * The libraries' document readers ({@code workshop-libraries/1} and CSV) for tests outside the feature, e.g. the
 * readers' fuzz test: what they read, or a refusal with the path of every problem, as the import refuses.
 */
public final class LibraryReaderAccess {

    private LibraryReaderAccess() {
    }

    public static Object readJson(byte[] document) {
        LibraryJson.Read read = LibraryJson.read(document);
        return refuseOrKeep(read.problems(), read.libraries());
    }

    public static Object readCsv(byte[] document) {
        LibraryCsv.Read read = LibraryCsv.read(document);
        return refuseOrKeep(read.problems(), read.libraries());
    }

    private static Object refuseOrKeep(List<Violation> problems, List<RawLibrary> libraries) {
        if (!problems.isEmpty()) {
            throw new ValidationFailedException(problems);
        }
        return libraries;
    }
}
