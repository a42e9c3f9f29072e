package org.partnershipworkshop.interchange.api;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import org.partnershipworkshop.base.InputTooLargeException;
import org.partnershipworkshop.base.Violation;
import org.partnershipworkshop.interchange.InterchangeService;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** Scripted backups (ADMIN): download the installation as a zip, restore one into an empty installation. */
@RestController
class BackupApi {

    static final int MAX_BACKUP_BYTES = 256 * 1024 * 1024;

    private final InterchangeService interchange;

    BackupApi(InterchangeService interchange) {
        this.interchange = interchange;
    }

    @GetMapping(value = "/api/backup", produces = "application/zip")
    ResponseEntity<byte[]> backup() {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"workshop-backup.zip\"")
                .contentType(MediaType.parseMediaType("application/zip"))
                .body(interchange.backup());
    }

    @PostMapping("/api/backup")
    Map<String, Integer> restore(InputStream body) throws IOException {
        byte[] zip = body.readNBytes(MAX_BACKUP_BYTES + 1);
        if (zip.length > MAX_BACKUP_BYTES) {
            throw new InputTooLargeException(Violation.of("", "backup.error.tooLarge"));
        }
        return Map.of("meetings", interchange.restore(zip));
    }
}
