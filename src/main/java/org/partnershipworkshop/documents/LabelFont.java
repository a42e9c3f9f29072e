package org.partnershipworkshop.documents;

import org.openpdf.text.pdf.BaseFont;

/** The type of the network figure's labels: regular for most partners, bold for shared ones, one size. */
public record LabelFont(BaseFont regular, BaseFont bold, float size) {

    public static LabelFont of(float size) {
        return new LabelFont(PdfFonts.regular(), PdfFonts.bold(), size);
    }

    public BaseFont face(boolean strong) {
        return strong ? bold : regular;
    }

    public double width(String text, boolean strong) {
        return face(strong).getWidthPoint(text, size);
    }

    /** The text shortened with "…" to fit the width. */
    public String fit(String text, boolean strong, double width) {
        return Text.fit(text, face(strong), size, (float) width);
    }
}
