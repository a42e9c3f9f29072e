package org.partnershipworkshop.documents;

import java.util.List;
import org.openpdf.text.Font;

/**
 * The type sizes of a group's board. A board that almost fits one page is set a little smaller so it
 * does, like the paper diagram it replaces; a board that does not fit even then keeps the full size and
 * flows onto the next pages.
 */
public record BoardType(Font text, Font bold, Font muted, Font label, Font question) {

    public static final BoardType FULL = at(1f);
    /** Tried in this order; the first whose board fits the page wins. */
    public static final List<BoardType> SIZES = List.of(FULL, at(0.9f), at(0.8f));

    private static BoardType at(float scale) {
        return new BoardType(
                Style.font(PdfFonts.regular(), Style.SMALL.getSize() * scale, Style.TEXT),
                Style.font(PdfFonts.bold(), Style.SMALL_BOLD.getSize() * scale, Style.TEXT),
                Style.font(PdfFonts.regular(), Style.SMALL_MUTED.getSize() * scale, Style.MUTED),
                Style.font(PdfFonts.bold(), Style.FIELD_LABEL.getSize() * scale, Style.ACCENT),
                Style.font(PdfFonts.italic(), Style.SMALL_ITALIC.getSize() * scale, Style.MUTED));
    }
}
