package org.partnershipworkshop.survey.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.partnershipworkshop.base.Language;

/**
 * The library's poster and card: one A4 page naming the library and the survey in Cyrillic, with the link; a
 * 1200×630 PNG whose QR code a phone reads back as the link. Both are kept in target/screens to be looked at.
 */
class SurveyPosterTest {

    static final String URL = "https://workshop.example.bg/survey/ABCD2345/101";
    static final String LIBRARY = "Регионална библиотека „Николай Вранчев“ Смолян";
    static final String TITLE = "Какво мислят читателите за библиотеките в областта";

    @Test
    void thePosterIsOneA4PageWithTheLibraryTheTitleAndTheLink() throws Exception {
        byte[] pdf = SurveyPoster.pdf(URL, LIBRARY, TITLE, Language.BG);
        Files.createDirectories(Path.of("target/screens"));
        Files.write(Path.of("target/screens/survey-poster.pdf"), pdf);
        PdfReader reader = new PdfReader(pdf);
        try {
            assertThat(reader.getNumberOfPages()).isEqualTo(1);
            assertThat(reader.getPageSize(1).getWidth()).isBetween(594f, 596f);
            assertThat(reader.getPageSize(1).getHeight()).isBetween(841f, 843f);
            String text = new PdfTextExtractor(reader).getTextFromPage(1).replaceAll("\\s+", " ");
            assertThat(text).contains("Николай Вранчев").contains("Смолян").contains("читателите за библиотеките")
                    .contains(URL).contains("Анкета за читатели".toUpperCase());
        } finally {
            reader.close();
        }
        assertThat(new String(SurveyPoster.pdf(URL, "Library of Smolyan", "What readers think", Language.EN),
                java.nio.charset.StandardCharsets.ISO_8859_1)).startsWith("%PDF-");
    }

    @Test
    void theCardIsAPngWhoseCodeReadsBackAsTheLink() throws Exception {
        byte[] png = SurveyPoster.card(URL, LIBRARY, TITLE, Language.RU);
        Files.createDirectories(Path.of("target/screens"));
        Files.write(Path.of("target/screens/survey-card.png"), png);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isEqualTo(SurveyPoster.CARD_WIDTH);
        assertThat(image.getHeight()).isEqualTo(SurveyPoster.CARD_HEIGHT);
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        String decoded = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)))).getText();
        assertThat(decoded).isEqualTo(URL);
    }

    @Test
    void aLongTitleWrapsAndStopsWithAnEllipsis() {
        BufferedImage scratch = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
        var metrics = scratch.createGraphics().getFontMetrics(new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.PLAIN, 20));
        var lines = SurveyPoster.lines("една две три четири пет шест седем осем девет десет", metrics, 80, 2);
        assertThat(lines).hasSize(2);
        assertThat(lines.getLast()).endsWith("…");
        assertThat(SurveyPoster.lines("кратко", metrics, 500, 3)).containsExactly("кратко");
    }
}
