package org.partnershipworkshop.library;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.partnershipworkshop.base.Access;
import org.partnershipworkshop.base.ValidationFailedException;
import org.partnershipworkshop.base.Violation;
import org.partnershipworkshop.interchange.BackupPart;
import org.springframework.core.annotation.Order;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The registry in a backup ({@code libraries.json}): every library, archived ones too, as the
 * {@code workshop-libraries/1} document the export writes. A restore imports it by key, like a re-import: a
 * library the installation already holds (the demo's) is updated, never doubled, so a registry that is not
 * empty does not block a restore (libraries cannot be deleted to make it empty). Restored before the parts
 * that refer to libraries by key.
 */
@Service
@Order(10)
class LibraryBackup implements BackupPart {

    static final String FILE = "libraries.json";

    private final LibraryRepository libraries;
    private final LibraryImporter importer;

    LibraryBackup(LibraryRepository libraries, LibraryImporter importer) {
        this.libraries = libraries;
        this.importer = importer;
    }

    @Override
    public String fileName() {
        return FILE;
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize(Access.ADMIN)
    public byte[] export() {
        Map<Long, String> keys = new HashMap<>();
        List<LibraryEntity> all = libraries.findAll();
        all.forEach(l -> keys.put(l.id(), l.key()));
        List<LibrarySummary> summaries = all.stream()
                .sorted(Comparator.comparing(LibraryEntity::id))
                .map(l -> new LibrarySummary(l.id(), l.facts(), null, l.archived(), 0)).toList();
        return LibraryJson.write(summaries, keys::get);
    }

    @Override
    @Transactional
    @PreAuthorize(Access.ADMIN)
    public void restore(byte[] content) {
        try {
            importer.importDocument(content);
        } catch (ValidationFailedException e) {
            throw new ValidationFailedException(e.violations().stream()
                    .map(v -> new Violation(v.path().isEmpty() ? FILE : FILE + " " + v.path(), v.key(), v.args())).toList());
        }
    }
}
