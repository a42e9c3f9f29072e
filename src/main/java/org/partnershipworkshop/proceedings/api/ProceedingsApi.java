package org.partnershipworkshop.proceedings.api;

import org.partnershipworkshop.proceedings.ProceedingsFile;
import org.partnershipworkshop.proceedings.ProceedingsService;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The proceedings of a meeting over HTTP: {@code GET /api/meetings/{id}/proceedings.pdf} (MANAGER and above). */
@RestController
class ProceedingsApi {

    private final ProceedingsService proceedings;

    ProceedingsApi(ProceedingsService proceedings) {
        this.proceedings = proceedings;
    }

    @GetMapping("/api/meetings/{meetingId}/proceedings.pdf")
    ResponseEntity<byte[]> proceedings(@PathVariable long meetingId) {
        ProceedingsFile file = proceedings.generate(meetingId);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(file.fileName()).build().toString())
                .header("X-Page-Count", String.valueOf(file.pages()))
                .body(file.content());
    }
}
