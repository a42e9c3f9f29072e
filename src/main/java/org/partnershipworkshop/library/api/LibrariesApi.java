package org.partnershipworkshop.library.api;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Map;
import org.partnershipworkshop.base.ValidationFailedException;
import org.partnershipworkshop.base.Violation;
import org.partnershipworkshop.base.api.BodyLimits;
import org.partnershipworkshop.library.ImportResult;
import org.partnershipworkshop.library.LibraryFile;
import org.partnershipworkshop.library.LibraryFilter;
import org.partnershipworkshop.library.LibraryFormat;
import org.partnershipworkshop.library.LibraryKind;
import org.partnershipworkshop.library.LibraryService;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The region's libraries over HTTP (docs/API.md, docs/formats/workshop-libraries-1.md): the registry as a {@code workshop-libraries/1}
 * document or CSV (managers and above), one library (managers and above, or that library's own account), and
 * the import of a region's network (coordinators: facilitators and above).
 */
@RestController
class LibrariesApi {

    private final LibraryService libraries;

    LibrariesApi(LibraryService libraries) {
        this.libraries = libraries;
    }

    @GetMapping("/api/libraries")
    ResponseEntity<byte[]> list(@RequestParam(required = false) String text, @RequestParam(required = false) String kind,
                                @RequestParam(required = false) String municipality,
                                @RequestParam(required = false) String region,
                                @RequestParam(defaultValue = "false") boolean archived,
                                @RequestParam(defaultValue = "json") String format) {
        LibraryKind kindFilter = kind == null || kind.isBlank() ? null : LibraryKind.fromId(kind.strip()).orElseThrow(() ->
                new ValidationFailedException(Violation.of("kind", "library.error.kindUnknown", kind, LibraryKind.allowedIds())));
        LibraryFormat chosen = switch (format.strip().toLowerCase(Locale.ROOT)) {
            case "json" -> LibraryFormat.JSON;
            case "csv" -> LibraryFormat.CSV;
            default -> throw new ValidationFailedException(Violation.of("format", "library.error.formatParameter", format));
        };
        LibraryFile file = libraries.export(new LibraryFilter(text, kindFilter, municipality, region, archived), chosen);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(file.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(file.fileName()).build().toString())
                .body(file.content());
    }

    @GetMapping("/api/libraries/{libraryId}")
    LibraryResource library(@PathVariable long libraryId) {
        return LibraryResource.of(libraries.library(libraryId));
    }

    @PostMapping("/api/libraries")
    ResponseEntity<Map<String, Integer>> importNetwork(InputStream body) throws IOException {
        byte[] document = BodyLimits.document(body);
        ImportResult result = libraries.importDocument(document);
        return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("created", result.created(),
                "updated", result.updated(), "unchanged", result.unchanged()));
    }
}
