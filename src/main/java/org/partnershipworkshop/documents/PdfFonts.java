package org.partnershipworkshop.documents;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.librepdf.openpdf.fonts.Liberation;
import org.openpdf.text.pdf.BaseFont;

/**
 * The proceedings' typefaces: Liberation Sans (metric-compatible with Arial, full Cyrillic), embedded as
 * subsets (Identity-H). Parsing a TrueType file costs tens of milliseconds, so each face is read once per
 * JVM (holder idiom); a {@link BaseFont} is shared safely by documents written at the same time.
 */
public final class PdfFonts {

    private PdfFonts() {
    }

    public static BaseFont regular() {
        return Holder.REGULAR;
    }

    public static BaseFont bold() {
        return Holder.BOLD;
    }

    public static BaseFont italic() {
        return Holder.ITALIC;
    }

    private static final class Holder {
        static final BaseFont REGULAR = load(Liberation.SANS);
        static final BaseFont BOLD = load(Liberation.SANS_BOLD);
        static final BaseFont ITALIC = load(Liberation.SANS_ITALIC);

        private static BaseFont load(Liberation face) {
            try {
                BaseFont font = face.create().getBaseFont();
                font.setSubset(true);
                return font;
            } catch (IOException e) {
                throw new UncheckedIOException("the font " + face + " is missing from openpdf-fonts-extra", e);
            }
        }
    }
}
