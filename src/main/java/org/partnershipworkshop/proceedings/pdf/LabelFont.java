package org.partnershipworkshop.proceedings.pdf;

import org.openpdf.text.pdf.BaseFont;

/** The type of the network figure's labels: regular for most partners, bold for shared ones, one size. */
record LabelFont(BaseFont regular, BaseFont bold, float size) {

    static LabelFont of(float size) {
        return new LabelFont(PdfFonts.regular(), PdfFonts.bold(), size);
    }

    BaseFont face(boolean strong) {
        return strong ? bold : regular;
    }

    double width(String text, boolean strong) {
        return face(strong).getWidthPoint(text, size);
    }

    /** The text shortened with "…" to fit the width. */
    String fit(String text, boolean strong, double width) {
        return Text.fit(text, face(strong), size, (float) width);
    }
}
