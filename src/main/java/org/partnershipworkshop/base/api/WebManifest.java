package org.partnershipworkshop.base.api;

import java.util.List;
import java.util.Locale;
import org.partnershipworkshop.base.Language;
import org.partnershipworkshop.base.Messages;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * The web manifest that lets a phone add the app to its home screen (readers and participants use it from
 * phones): its name in the browser's language, the icons, the colours.
 */
@RestController
class WebManifest {

    static final MediaType MANIFEST = MediaType.parseMediaType("application/manifest+json");

    private final Messages messages;

    WebManifest(Messages messages) {
        this.messages = messages;
    }

    record Icon(String src, String sizes, String type) {
    }

    record Manifest(String name, String short_name, String lang, String start_url, String display,
                    String background_color, String theme_color, List<Icon> icons) {
    }

    @GetMapping("/manifest.webmanifest")
    ResponseEntity<Manifest> manifest(@RequestHeader(value = "Accept-Language", required = false) String accepted) {
        Language language = language(accepted);
        String name = messages.get("app.name", language);
        Manifest manifest = new Manifest(name, name, language.code(), "/", "standalone", "#ffffff", "#1f5fa8", List.of(
                new Icon("icons/icon-192.png", "192x192", "image/png"),
                new Icon("icons/icon-512.png", "512x512", "image/png")));
        return ResponseEntity.ok().contentType(MANIFEST).cacheControl(CacheControl.noCache()).body(manifest);
    }

    /** The first of the browser's languages the product speaks; English when none is, or the header is malformed. */
    static Language language(String accepted) {
        if (accepted == null || accepted.isBlank()) {
            return Language.EN;
        }
        try {
            return Locale.LanguageRange.parse(accepted).stream().map(r -> Locale.forLanguageTag(r.getRange()))
                    .flatMap(l -> Language.fromCode(l.getLanguage()).stream()).findFirst().orElse(Language.EN);
        } catch (IllegalArgumentException malformed) {
            return Language.EN;
        }
    }
}
