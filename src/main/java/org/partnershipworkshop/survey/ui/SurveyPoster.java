package org.partnershipworkshop.survey.ui;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfWriter;
import org.partnershipworkshop.base.Language;
import org.partnershipworkshop.base.Messages;
import org.partnershipworkshop.base.ui.QrCode;
import org.partnershipworkshop.documents.PdfFonts;
import org.partnershipworkshop.documents.Style;

/**
 * What a library puts up for its readers to find the survey: an A4 poster (PDF) with the library's name, the
 * survey's title, a line that asks, a QR code of the library's link large enough to scan from a step away, and
 * the link written out; and a card (PNG, 1200×630, the size social networks show) with the same for posting
 * online. Texts in the given language; Cyrillic through the documents' Liberation Sans.
 */
public final class SurveyPoster {

    public static final int CARD_WIDTH = 1200;
    public static final int CARD_HEIGHT = 630;
    private static final Messages MESSAGES = new Messages();
    private static final float QR_SIZE = 300;

    private SurveyPoster() {
    }

    /** The A4 poster of the survey as the library shows it. */
    public static byte[] pdf(String url, String library, String title, Language language) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Rectangle page = PageSize.A4;
        Document document = new Document(page, 48, 48, 48, 48);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        document.addTitle(title);
        document.addSubject(library);
        document.open();
        PdfContentByte canvas = writer.getDirectContent();
        float width = page.getWidth();
        float top = page.getHeight();

        canvas.saveState();
        canvas.setColorFill(Style.ACCENT_DARK);
        canvas.rectangle(0, top - 120, width, 120);
        canvas.fill();
        canvas.setColorFill(Style.ACCENT);
        canvas.rectangle(0, top - 126, width, 6);
        canvas.fill();
        canvas.restoreState();
        text(canvas, MESSAGES.get("surveyform.poster.eyebrow", language).toUpperCase(language.locale()),
                Style.font(PdfFonts.regular(), 12, new Color(0xcf, 0xdc, 0xee)), 48, top - 60, width - 48, top - 28, Element.ALIGN_LEFT);
        fitted(canvas, library, PdfFonts.bold(), 24, 14, Color.WHITE, 48, top - 116, width - 48, top - 58, Element.ALIGN_LEFT);

        fitted(canvas, title, PdfFonts.bold(), 34, 18, Style.ACCENT_DARK, 48, top - 320, width - 48, top - 150, Element.ALIGN_CENTER);
        text(canvas, MESSAGES.get("surveyform.poster.call", language), Style.font(PdfFonts.regular(), 15, Style.TEXT),
                64, top - 400, width - 64, top - 325, Element.ALIGN_CENTER);

        float qrLeft = (width - QR_SIZE) / 2;
        float qrBottom = 130;
        qr(canvas, url, qrLeft, qrBottom, QR_SIZE);
        text(canvas, url, Style.font(PdfFonts.bold(), 12, Style.ACCENT), 48, 70, width - 48, qrBottom - 8, Element.ALIGN_CENTER);
        text(canvas, MESSAGES.get("surveyform.poster.anonymous", language), Style.font(PdfFonts.regular(), 10, Style.MUTED),
                48, 30, width - 48, 68, Element.ALIGN_CENTER);
        document.close();
        return out.toByteArray();
    }

    private static void text(PdfContentByte canvas, String text, org.openpdf.text.Font font, float left, float bottom,
                             float right, float top, int align) {
        ColumnText column = new ColumnText(canvas);
        column.setSimpleColumn(left, bottom, right, top);
        Paragraph paragraph = new Paragraph(text, font);
        paragraph.setAlignment(align);
        paragraph.setLeading(font.getSize() * 1.25f);
        column.addElement(paragraph);
        column.go();
    }

    /** A text in the largest size from {@code largest} down to {@code smallest} that fits the box whole. */
    private static void fitted(PdfContentByte canvas, String text, org.openpdf.text.pdf.BaseFont face, float largest,
                               float smallest, Color color, float left, float bottom, float right, float top, int align) {
        float size = largest;
        while (size > smallest) {
            ColumnText trial = new ColumnText(canvas);
            trial.setSimpleColumn(left, bottom, right, top);
            Paragraph paragraph = new Paragraph(text, Style.font(face, size, color));
            paragraph.setAlignment(align);
            paragraph.setLeading(size * 1.2f);
            trial.addElement(paragraph);
            if (!ColumnText.hasMoreText(trial.go(true))) {
                break;
            }
            size -= 2;
        }
        ColumnText column = new ColumnText(canvas);
        column.setSimpleColumn(left, bottom, right, top);
        Paragraph paragraph = new Paragraph(text, Style.font(face, size, color));
        paragraph.setAlignment(align);
        paragraph.setLeading(size * 1.2f);
        column.addElement(paragraph);
        column.go();
    }

    /** The QR code as filled squares, one run of dark modules per rectangle. */
    private static void qr(PdfContentByte canvas, String url, float left, float bottom, float size) {
        boolean[][] modules = QrCode.modules(url);
        float module = size / modules.length;
        canvas.saveState();
        canvas.setColorFill(Color.BLACK);
        for (int y = 0; y < modules.length; y++) {
            for (int x = 0; x < modules[y].length; x++) {
                if (modules[y][x]) {
                    int run = 1;
                    while (x + run < modules[y].length && modules[y][x + run]) {
                        run++;
                    }
                    canvas.rectangle(left + x * module, bottom + size - (y + 1) * module, run * module, module);
                    x += run - 1;
                }
            }
        }
        canvas.fill();
        canvas.restoreState();
    }

    /** The card for posting online: the title and the library on the left, the QR code on the right. */
    public static byte[] card(String url, String library, String title, Language language) {
        BufferedImage image = new BufferedImage(CARD_WIDTH, CARD_HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, CARD_WIDTH, CARD_HEIGHT);
            g.setColor(Style.ACCENT_DARK);
            g.fillRect(0, 0, 24, CARD_HEIGHT);
            int qrSize = 530;
            int qrLeft = CARD_WIDTH - qrSize - 50;
            drawQr(g, url, qrLeft, (CARD_HEIGHT - qrSize) / 2, qrSize);

            int left = 70;
            int textWidth = qrLeft - left - 40;
            g.setColor(Style.ACCENT);
            g.setFont(Fonts.REGULAR.deriveFont(24f));
            int y = 90;
            g.drawString(MESSAGES.get("surveyform.poster.eyebrow", language).toUpperCase(language.locale()), left, y);
            y += 30;
            g.setColor(Style.ACCENT_DARK);
            y = fittedLines(g, title, Fonts.BOLD, 54, 30, textWidth, 4, left, y + 10) + 18;
            g.setColor(Style.TEXT);
            g.setFont(Fonts.REGULAR.deriveFont(28f));
            for (String line : lines(library, g.getFontMetrics(), textWidth, 2)) {
                y += 40;
                g.drawString(line, left, y);
            }
            g.setColor(Style.MUTED);
            g.setFont(Fonts.REGULAR.deriveFont(22f));
            List<String> call = lines(MESSAGES.get("surveyform.poster.cardCall", language), g.getFontMetrics(), textWidth, 3);
            int callTop = CARD_HEIGHT - 60 - (call.size() - 1) * 30;
            for (int i = 0; i < call.size(); i++) {
                g.drawString(call.get(i), left, callTop + i * 30);
            }
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The text in the largest size that fits in {@code maxLines} lines; answers the baseline of its last line. */
    private static int fittedLines(Graphics2D g, String text, Font face, float largest, float smallest, int width,
                                   int maxLines, int left, int top) {
        float size = largest;
        List<String> lines;
        while (true) {
            g.setFont(face.deriveFont(size));
            lines = lines(text, g.getFontMetrics(), width, Integer.MAX_VALUE);
            if (lines.size() <= maxLines || size <= smallest) {
                break;
            }
            size -= 4;
        }
        lines = lines(text, g.getFontMetrics(), width, maxLines);
        int lineHeight = Math.round(size * 1.2f);
        int y = top;
        for (String line : lines) {
            y += lineHeight;
            g.drawString(line, left, y);
        }
        return y;
    }

    /** Word-wrapped lines of at most {@code width} pixels; past {@code maxLines} the last one ends in an ellipsis. */
    static List<String> lines(String text, FontMetrics metrics, int width, int maxLines) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (metrics.stringWidth(candidate) <= width || line.isEmpty()) {
                line.setLength(0);
                line.append(candidate);
            } else {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
            }
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        if (lines.size() > maxLines) {
            List<String> kept = new ArrayList<>(lines.subList(0, maxLines));
            String last = kept.getLast();
            while (!last.isEmpty() && metrics.stringWidth(last + "…") > width) {
                last = last.substring(0, last.length() - 1);
            }
            kept.set(maxLines - 1, last.strip() + "…");
            return kept;
        }
        return lines;
    }

    private static void drawQr(Graphics2D g, String url, int left, int top, int size) {
        boolean[][] modules = QrCode.modules(url);
        int module = size / modules.length;
        int offset = (size - module * modules.length) / 2;
        g.setColor(Color.WHITE);
        g.fillRect(left, top, size, size);
        g.setColor(Color.BLACK);
        for (int y = 0; y < modules.length; y++) {
            for (int x = 0; x < modules[y].length; x++) {
                if (modules[y][x]) {
                    g.fillRect(left + offset + x * module, top + offset + y * module, module, module);
                }
            }
        }
    }

    /** The documents' typeface for the card, read once. */
    private static final class Fonts {
        static final Font REGULAR = load("/liberation/LiberationSans-Regular.ttf");
        static final Font BOLD = load("/liberation/LiberationSans-Bold.ttf");

        private static Font load(String resource) {
            try (InputStream in = SurveyPoster.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException(resource + " is missing from openpdf-fonts-extra");
                }
                return Font.createFont(Font.TRUETYPE_FONT, in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (FontFormatException e) {
                throw new IllegalStateException(resource, e);
            }
        }
    }
}
