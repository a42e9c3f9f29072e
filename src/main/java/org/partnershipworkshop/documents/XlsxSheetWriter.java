package org.partnershipworkshop.documents;

import static org.partnershipworkshop.base.Text.clean;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;

/**
 * A spreadsheet (XLSX) written row by row with Apache POI's streaming SXSSF (decision 0148): only a window of
 * rows is held in memory, so big sheets cost little. Each sheet has a header row in the product's accent colour,
 * frozen and filtered, column widths in characters, and typed cells: text (wrapped), whole or decimal numbers,
 * dates, percentages. General: any feature's export can use it.
 */
public final class XlsxSheetWriter implements AutoCloseable {

    /** A share written as a percentage cell (0.5 shows as 50 %). */
    public record Percent(double share) {
    }

    private static final int WINDOW = 200;

    private final SXSSFWorkbook book = new SXSSFWorkbook(WINDOW);
    private final CellStyle head;
    private final CellStyle text;
    private final CellStyle number;
    private final CellStyle decimal;
    private final CellStyle date;
    private final CellStyle percent;
    private SXSSFSheet sheet;
    private int rows;

    public XlsxSheetWriter() {
        book.setCompressTempFiles(true);
        Font bold = book.createFont();
        bold.setBold(true);
        bold.setColor(org.apache.poi.ss.usermodel.IndexedColors.WHITE.getIndex());
        bold.setFontName(DocxDocument.FONT);
        Font plain = book.createFont();
        plain.setFontName(DocxDocument.FONT);
        XSSFCellStyle h = (XSSFCellStyle) book.createCellStyle();
        h.setFont(bold);
        h.setFillForegroundColor(new XSSFColor(Style.ACCENT, null));
        h.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        h.setWrapText(true);
        h.setBorderBottom(BorderStyle.THIN);
        head = h;
        text = style(plain, null);
        text.setWrapText(true);
        number = style(plain, "0");
        decimal = style(plain, "#,##0.##");
        date = style(plain, "yyyy-mm-dd");
        percent = style(plain, "0%");
    }

    private CellStyle style(Font font, String format) {
        CellStyle style = book.createCellStyle();
        style.setFont(font);
        style.setVerticalAlignment(org.apache.poi.ss.usermodel.VerticalAlignment.TOP);
        if (format != null) {
            style.setDataFormat(book.createDataFormat().getFormat(format));
        }
        return style;
    }

    /** Starts a sheet with its header row; {@code widths} in characters, one per column. */
    public void sheet(String name, List<String> headers, int[] widths) {
        finishSheet();
        sheet = book.createSheet(org.apache.poi.ss.util.WorkbookUtil.createSafeSheetName(clean(name)));
        rows = 0;
        Row row = sheet.createRow(rows++);
        for (int c = 0; c < headers.size(); c++) {
            Cell cell = row.createCell(c);
            cell.setCellValue(clean(headers.get(c)));
            cell.setCellStyle(head);
            sheet.setColumnWidth(c, Math.min(255, widths[c]) * 256);
        }
        sheet.createFreezePane(0, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, 0, 0, headers.size() - 1));
    }

    /** A row of typed values: String, Integer/Long, BigDecimal/Double, LocalDate, {@link Percent}; null leaves a cell empty. */
    public void row(Object... values) {
        Row row = sheet.createRow(rows++);
        for (int c = 0; c < values.length; c++) {
            Object v = values[c];
            if (v == null) {
                continue;
            }
            Cell cell = row.createCell(c);
            switch (v) {
                case String s -> {
                    cell.setCellValue(clean(s));
                    cell.setCellStyle(text);
                }
                case Integer i -> {
                    cell.setCellValue(i);
                    cell.setCellStyle(number);
                }
                case Long l -> {
                    cell.setCellValue(l);
                    cell.setCellStyle(number);
                }
                case BigDecimal d -> {
                    cell.setCellValue(d.doubleValue());
                    cell.setCellStyle(d.stripTrailingZeros().scale() <= 0 ? number : decimal);
                }
                case Double d -> {
                    cell.setCellValue(d);
                    cell.setCellStyle(decimal);
                }
                case LocalDate d -> {
                    cell.setCellValue(d);
                    cell.setCellStyle(date);
                }
                case Percent p -> {
                    cell.setCellValue(p.share());
                    cell.setCellStyle(percent);
                }
                case Boolean b -> cell.setCellValue(b);
                default -> {
                    cell.setCellValue(v.toString());
                    cell.setCellStyle(text);
                }
            }
        }
    }

    private void finishSheet() {
        if (sheet != null) {
            sheet = null;
        }
    }

    public void write(OutputStream out) {
        try {
            book.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            book.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
