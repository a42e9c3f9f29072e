package org.partnershipworkshop.base.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.partnershipworkshop.IntegrationTest;
import org.partnershipworkshop.base.Language;
import org.partnershipworkshop.support.Api;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The app has its icon on every page and a web manifest in the phone's language. */
@IntegrationTest
class WebManifestTest {

    @LocalServerPort
    int port;

    @Test
    void theIconAndTheManifestAreServedToAnyone() {
        Api api = new Api(port);
        Api.Response icon = api.get("/favicon.ico", null);
        assertThat(icon.status()).isEqualTo(200);
        assertThat(api.get("/icons/icon-192.png", null).status()).isEqualTo(200);
        Api.Response bg = api.send("GET", "/manifest.webmanifest", null, null, "Accept-Language", "bg-BG,bg;q=0.9,en;q=0.5");
        assertThat(bg.status()).isEqualTo(200);
        assertThat(bg.header("Content-Type")).startsWith("application/manifest+json");
        assertThat(bg.json().path("name").asString()).isEqualTo("Партньорска работилница");
        assertThat(bg.json().path("icons").size()).isEqualTo(2);
        Api.Response login = api.get("/login", null);
        assertThat(login.body()).contains("rel=\"manifest\"").contains("icons/icon-32.png");
    }

    @Test
    void aMalformedLanguageHeaderGivesTheEnglishManifest() {
        assertThat(WebManifest.language("bg;q=x,,;;")).isEqualTo(Language.EN);
        assertThat(WebManifest.language("de, ru;q=0.8")).isEqualTo(Language.RU);
        assertThat(new Api(port).send("GET", "/manifest.webmanifest", null, null, "Accept-Language", "*;q=abc").status())
                .isEqualTo(200);
    }
}
