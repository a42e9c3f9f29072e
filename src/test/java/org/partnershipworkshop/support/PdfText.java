package org.partnershipworkshop.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openpdf.text.pdf.PdfArray;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.SimpleBookmark;
import org.openpdf.text.pdf.parser.PdfTextExtractor;

/** A generated PDF read back with OpenPDF's own reader: text per page, bookmarks, fonts. */
public final class PdfText implements AutoCloseable {

    private final PdfReader reader;
    private final List<String> pages = new ArrayList<>();
    private String body;

    public PdfText(byte[] pdf) {
        try {
            reader = new PdfReader(pdf);
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                pages.add(extractor.getTextFromPage(page));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public PdfReader reader() {
        return reader;
    }

    public int pageCount() {
        return pages.size();
    }

    /** The text of a page (1-based) as extracted. */
    public String page(int page) {
        return pages.get(page - 1);
    }

    /**
     * The body text of the whole document without the running header and footer of each page (drawn last
     * on a page, so the last lines of its text), with all whitespace removed: lines wrap wherever the
     * layout chose, so texts are compared without it.
     */
    public String bodyWithoutSpaces() {
        if (body != null) {
            return body;
        }
        StringBuilder all = new StringBuilder();
        for (int page = 1; page <= pages.size(); page++) {
            all.append(withoutDecorations(page));
        }
        body = squeeze(all.toString());
        return body;
    }

    public String withoutDecorations(int page) {
        String text = pages.get(page - 1);
        if (page == 1) {
            return text;
        }
        List<String> lines = new ArrayList<>(List.of(text.split("\n")));
        // the header (title and section on one line) and the footer "page x of y"
        for (int i = 0; i < 2 && !lines.isEmpty(); i++) {
            lines.removeLast();
        }
        return String.join("\n", lines);
    }

    /**
     * Whether every word of {@code text} appears in the body in order. A row of a board that breaks across
     * pages puts the neighbouring fields' text between the two halves of a note, so a long note is checked
     * word by word; nothing may be missing or out of order.
     */
    public boolean showsInOrder(String text) {
        String body = bodyWithoutSpaces();
        int from = 0;
        for (String word : text.split("\\s+")) {
            int at = body.indexOf(squeeze(word), from);
            if (at < 0) {
                return false;
            }
            from = at + squeeze(word).length();
        }
        return true;
    }

    public static String squeeze(String text) {
        return text.replaceAll("[\\s\\u00A0\\u202F]+", "");
    }

    @SuppressWarnings("unchecked")
    public List<String> bookmarkTitles(boolean recursive) {
        List<String> titles = new ArrayList<>();
        collect(SimpleBookmark.getBookmarkList(reader), titles, recursive);
        return titles;
    }

    @SuppressWarnings("unchecked")
    private static void collect(List<Map<String, Object>> marks, List<String> titles, boolean recursive) {
        if (marks == null) {
            return;
        }
        for (Map<String, Object> mark : marks) {
            titles.add((String) mark.get("Title"));
            if (recursive) {
                collect((List<Map<String, Object>>) mark.get("Kids"), titles, true);
            }
        }
    }

    /** Every font used on any page: name and whether the font program is embedded. */
    public Map<String, Boolean> fonts() {
        Map<String, Boolean> fonts = new java.util.TreeMap<>();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            PdfDictionary resources = reader.getPageN(page).getAsDict(PdfName.RESOURCES);
            collectFonts(resources, fonts, 0);
        }
        return fonts;
    }

    private void collectFonts(PdfDictionary resources, Map<String, Boolean> fonts, int depth) {
        if (resources == null || depth > 4) {
            return;
        }
        PdfDictionary fontDict = resources.getAsDict(PdfName.FONT);
        if (fontDict != null) {
            for (PdfName key : fontDict.getKeys()) {
                PdfDictionary font = fontDict.getAsDict(key);
                String name = font.getAsName(PdfName.BASEFONT).toString();
                PdfDictionary descriptor = font.getAsDict(PdfName.FONTDESCRIPTOR);
                PdfArray descendants = font.getAsArray(PdfName.DESCENDANTFONTS);
                if (descriptor == null && descendants != null) {
                    descriptor = descendants.getAsDict(0).getAsDict(PdfName.FONTDESCRIPTOR);
                }
                boolean embedded = descriptor != null && (descriptor.get(PdfName.FONTFILE) != null
                        || descriptor.get(PdfName.FONTFILE2) != null || descriptor.get(PdfName.FONTFILE3) != null);
                fonts.put(name, embedded);
            }
        }
        PdfDictionary xobjects = resources.getAsDict(PdfName.XOBJECT);
        if (xobjects != null) {
            for (PdfName key : xobjects.getKeys()) {
                var xobject = xobjects.getAsStream(key);
                if (xobject != null) {
                    collectFonts(xobject.getAsDict(PdfName.RESOURCES), fonts, depth + 1);
                }
            }
        }
    }

    @Override
    public void close() {
        reader.close();
    }
}
