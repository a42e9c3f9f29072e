package org.partnershipworkshop.proceedings.pdf;

import java.awt.Color;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.alg.drawing.model.Point2D;
import org.jgrapht.graph.DefaultEdge;
import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Image;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfTemplate;
import org.openpdf.text.pdf.PdfWriter;
import org.partnershipworkshop.canvas.PartnerType;
import org.partnershipworkshop.proceedings.pdf.NetworkLayout.Node;
import org.partnershipworkshop.proceedings.pdf.NetworkLayout.PartnerNode;
import org.partnershipworkshop.proceedings.pdf.NetworkLayout.ServiceNode;

/**
 * The partner–service network as a vector figure on a landscape page: services as numbered squares,
 * partners as discs coloured by type and sized by how many groups they serve, each partner's name beside
 * its disc; the key to the marks runs under the graph, the groups by number beside it. The figure is a form
 * XObject placed like an image, so it stays sharp at any zoom and costs one drawing.
 */
final class NetworkWriter {

    /** The column of groups by number beside the graph. */
    private static final float KEY_WIDTH = 175;
    /** Room around the graph inside the figure, so discs and names at the border are not cut. */
    private static final float PAD = 4;
    /**
     * The type size of the partners' names: smaller as there are more of them, so each finds a free place
     * beside its disc without being shortened (6.5 pt up to 59 partners, 6 pt up to 100, then 5.5 pt).
     */
    static float labelSize(long partners) {
        return partners < 60 ? 6.5f : partners <= 100 ? 6f : 5.5f;
    }
    private static final Font KEY_FONT = Style.font(PdfFonts.regular(), 7.5f, Style.TEXT);
    private static final Font KEY_BOLD = Style.font(PdfFonts.bold(), 7.5f, Style.TEXT);

    private final Document document;
    private final PdfWriter writer;
    private final Sections sections;
    private final Labels labels;

    NetworkWriter(Document document, PdfWriter writer, Sections sections, Labels labels) {
        this.document = document;
        this.writer = writer;
        this.sections = sections;
        this.labels = labels;
    }

    void write(Proceedings p) {
        document.setPageSize(PageSize.A4.rotate());
        document.newPage();
        sections.heading(document, SectionPlan.NETWORK, Style.H1, 0);
        if (p.groups().isEmpty() && p.overview().partners().isEmpty()) {
            document.add(Blocks.paragraph(labels.text("proceedings.network.none"), Style.BODY_ITALIC));
            return;
        }
        Graph<Node, DefaultEdge> graph = NetworkLayout.graphOf(p.groups(), p.overview().partners());
        long partners = NetworkLayout.partnerCount(graph);
        document.add(Blocks.paragraph(labels.text(NetworkLayout.labelsAll(graph) ? "proceedings.network.caption"
                : "proceedings.network.captionLarge", p.groups().size(), partners, graph.edgeSet().size()), Style.SMALL_MUTED, 6));
        float width = document.right() - document.left();
        float height = writer.getVerticalPosition(true) - document.bottom() - 6;
        float graphWidth = width - KEY_WIDTH - 12;
        LabelFont font = LabelFont.of(labelSize(NetworkLayout.labelledCount(graph)));
        List<List<KeyItem>> keyLines = flow(marksKey(p), graphWidth);
        float keyHeight = keyLines.size() * KEY_LINE;
        NetworkLayout layout = new NetworkLayout(graph, graphWidth - 2 * PAD, height - keyHeight - 8 - 2 * PAD, font);
        PdfTemplate figure = writer.getDirectContent().createTemplate(width, height);
        figure.saveState();
        figure.concatCTM(1, 0, 0, 1, PAD, keyHeight + 8 + PAD);
        draw(figure, layout, font);
        figure.restoreState();
        drawKey(figure, keyLines, keyHeight, graphWidth);
        boolean shortened = !layout.omitted().isEmpty() || layout.labels().stream().anyMatch(LabelPlacer.Label::shortened);
        groups(figure, width - KEY_WIDTH, height, p, shortened);
        Image image = Image.getInstance(figure);
        image.setAlignment(Element.ALIGN_LEFT);
        document.add(image);
    }

    private static void draw(PdfContentByte cb, NetworkLayout layout, LabelFont font) {
        Graph<Node, DefaultEdge> graph = layout.graph();
        cb.setLineWidth(0.7f);
        cb.setLineCap(PdfContentByte.LINE_CAP_ROUND);
        for (DefaultEdge edge : graph.edgeSet()) { // a line in a pale shade of the partner's colour
            Node source = graph.getEdgeSource(edge);
            Node target = graph.getEdgeTarget(edge);
            PartnerNode partner = (PartnerNode) (source instanceof PartnerNode ? source : target);
            cb.setColorStroke(pale(PartnerColors.of(partner.type()), partner.shared() ? 0.45f : 0.6f));
            Point2D a = layout.position(source);
            Point2D b = layout.position(target);
            cb.moveTo((float) a.getX(), (float) a.getY());
            cb.lineTo((float) b.getX(), (float) b.getY());
            cb.stroke();
        }
        for (Node node : graph.vertexSet()) {
            if (node instanceof PartnerNode partner) {
                Point2D at = layout.position(node);
                disc(cb, PartnerColors.of(partner.type()), (float) at.getX(), (float) at.getY(),
                        (float) NetworkLayout.radius(partner));
            }
        }
        for (Node node : graph.vertexSet()) {
            if (node instanceof ServiceNode service) {
                Point2D at = layout.position(node);
                service(cb, String.valueOf(service.group().number()), (float) at.getX(), (float) at.getY(),
                        (float) layout.serviceSide());
            }
        }
        for (LabelPlacer.Label label : layout.labels()) {
            label(cb, label, font);
        }
    }

    private static void disc(PdfContentByte cb, Color color, float x, float y, float r) {
        cb.setColorFill(color);
        cb.setColorStroke(Color.WHITE);
        cb.setLineWidth(0.8f);
        cb.circle(x, y, r);
        cb.fillStroke();
    }

    /** The colour mixed with white: {@code share} of it is left. */
    private static Color pale(Color c, float share) {
        return new Color(mix(c.getRed(), share), mix(c.getGreen(), share), mix(c.getBlue(), share));
    }

    private static int mix(int channel, float share) {
        return Math.round(255 - (255 - channel) * share);
    }

    private static void service(PdfContentByte cb, String number, float x, float y, float side) {
        BaseFont font = PdfFonts.bold();
        float size = side * 0.56f;
        float width = Math.max(side, font.getWidthPoint(number, size) + side * 0.4f);
        cb.setColorFill(Style.ACCENT_DARK);
        cb.setColorStroke(Color.WHITE);
        cb.setLineWidth(1);
        cb.roundRectangle(x - width / 2, y - side / 2, width, side, side / 5);
        cb.fillStroke();
        cb.beginText();
        cb.setFontAndSize(font, size);
        cb.setColorFill(Color.WHITE);
        cb.showTextAligned(Element.ALIGN_CENTER, number, x, y - size * 0.36f, 0);
        cb.endText();
    }

    /** A partner's name with a thin white halo, so a line passing under it does not blur it. */
    private static void label(PdfContentByte cb, LabelPlacer.Label label, LabelFont font) {
        Box box = label.box();
        int align = switch (label.align()) {
            case LEFT -> Element.ALIGN_LEFT;
            case RIGHT -> Element.ALIGN_RIGHT;
            case CENTRE -> Element.ALIGN_CENTER;
        };
        float x = (float) switch (label.align()) {
            case LEFT -> box.x();
            case RIGHT -> box.right();
            case CENTRE -> box.x() + box.width() / 2;
        };
        BaseFont face = font.face(label.bold());
        for (boolean halo : new boolean[] {true, false}) {
            cb.beginText();
            cb.setFontAndSize(face, font.size());
            if (halo) {
                cb.setTextRenderingMode(PdfContentByte.TEXT_RENDER_MODE_STROKE);
                cb.setColorStroke(Color.WHITE);
                cb.setLineWidth(1.6f);
                cb.setLineJoin(PdfContentByte.LINE_JOIN_ROUND);
            } else {
                cb.setTextRenderingMode(PdfContentByte.TEXT_RENDER_MODE_FILL);
                cb.setColorFill(Style.TEXT);
            }
            float baseline = (float) (box.top() - LabelPlacer.ASCENT * font.size());
            for (String line : label.lines()) {
                cb.showTextAligned(align, line, x, baseline, 0);
                baseline -= (float) (LabelPlacer.LEADING * font.size());
            }
            cb.endText();
        }
    }

    // --- the key to the marks, under the graph -----------------------------------------------------------

    private static final float KEY_LINE = 12;
    private static final float KEY_GAP = 12;
    private static final float MARK_ROOM = 11;

    private enum Mark { TYPE, SERVICE, SIZES, SHARED }

    private record KeyItem(Mark mark, Color color, String text, Font font) {
        float width() {
            float marks = switch (mark) {
                case TYPE, SERVICE -> MARK_ROOM;
                case SIZES -> 3 * MARK_ROOM + 2;
                case SHARED -> 0;
            };
            return marks + font.getBaseFont().getWidthPoint(text, font.getSize());
        }
    }

    /** The partner types present, then the service mark, the disc sizes and the bold names. */
    private List<KeyItem> marksKey(Proceedings p) {
        Set<PartnerType> types = EnumSet.noneOf(PartnerType.class);
        boolean untyped = false;
        for (Overview.PartnerLine partner : p.overview().partners()) {
            if (partner.type() == null) {
                untyped = true;
            } else {
                types.add(partner.type());
            }
        }
        List<KeyItem> items = new ArrayList<>();
        for (PartnerType type : types) {
            items.add(new KeyItem(Mark.TYPE, PartnerColors.of(type), labels.text(type.labelKey()), KEY_FONT));
        }
        if (untyped) {
            items.add(new KeyItem(Mark.TYPE, PartnerColors.UNTYPED, labels.text("proceedings.partnerType.none"), KEY_FONT));
        }
        items.add(null); // a new line
        items.add(new KeyItem(Mark.SERVICE, Style.ACCENT_DARK, labels.text("proceedings.network.service"), KEY_FONT));
        if (!p.overview().partners().isEmpty()) {
            items.add(new KeyItem(Mark.SIZES, PartnerColors.UNTYPED, labels.text("proceedings.network.size"), KEY_FONT));
            items.add(new KeyItem(Mark.SHARED, null, labels.text("proceedings.network.shared"), KEY_BOLD));
        }
        return items;
    }

    /** The items in lines no wider than {@code width}; {@code null} starts a new line. */
    private static List<List<KeyItem>> flow(List<KeyItem> items, float width) {
        List<List<KeyItem>> lines = new ArrayList<>();
        List<KeyItem> line = new ArrayList<>();
        float used = 0;
        for (KeyItem item : items) {
            if (item == null || (!line.isEmpty() && used + item.width() > width)) {
                if (!line.isEmpty()) {
                    lines.add(line);
                }
                line = new ArrayList<>();
                used = 0;
                if (item == null) {
                    continue;
                }
            }
            line.add(item);
            used += item.width() + KEY_GAP;
        }
        if (!line.isEmpty()) {
            lines.add(line);
        }
        return lines;
    }

    private static void drawKey(PdfContentByte cb, List<List<KeyItem>> lines, float keyHeight, float width) {
        cb.setColorStroke(Style.RULE);
        cb.setLineWidth(0.5f);
        cb.moveTo(0, keyHeight + 3);
        cb.lineTo(width, keyHeight + 3);
        cb.stroke();
        float y = keyHeight - KEY_LINE + 3;
        for (List<KeyItem> line : lines) {
            float x = 0;
            for (KeyItem item : line) {
                float mid = y + 2.6f;
                switch (item.mark()) {
                    case TYPE -> disc(cb, item.color(), x + 4, mid, 3.6f);
                    case SERVICE -> service(cb, "1", x + 4.5f, mid, 9);
                    case SIZES -> {
                        for (int degree : new int[] {1, 2, 4}) {
                            float r = (float) NetworkLayout.radius(degree);
                            x += r;
                            disc(cb, item.color(), x, mid, r);
                            x += r + 1;
                        }
                        x += 2 - MARK_ROOM;
                    }
                    case SHARED -> x -= MARK_ROOM;
                }
                x += MARK_ROOM;
                cb.beginText();
                cb.setFontAndSize(item.font().getBaseFont(), item.font().getSize());
                cb.setColorFill(Style.TEXT);
                cb.showTextAligned(Element.ALIGN_LEFT, item.text(), x, y, 0);
                cb.endText();
                x += item.font().getBaseFont().getWidthPoint(item.text(), item.font().getSize()) + KEY_GAP;
            }
            y -= KEY_LINE;
        }
    }

    // --- the groups by number, beside the graph --------------------------------------------------------

    /** Type sizes tried for the list of groups, largest first, before names are cut to one line. */
    private static final float[] GROUP_SIZES = {8, 7.5f, 7, 6.5f};

    /**
     * The groups by number in the column beside the graph, each name in full at the largest size that lets
     * every group fit, else each on one line (shortened); at the foot, when a partner's name had to be
     * shortened in the graph, where to find it in full.
     */
    private void groups(PdfTemplate cb, float x, float height, Proceedings p, boolean shortenedNames) {
        cb.saveState();
        cb.setColorFill(Style.BOARD);
        cb.rectangle(x, 0, KEY_WIDTH, height);
        cb.fill();
        cb.restoreState();
        float bottom = 4;
        if (shortenedNames) {
            float top = bottom + heightOf(cb, x, shortenedNote()) + 2;
            ColumnText note = new ColumnText(cb);
            note.setSimpleColumn(x + 10, bottom, x + KEY_WIDTH - 8, top);
            note.addElement(shortenedNote());
            note.go();
            bottom = top + 6;
        }
        if (p.groups().isEmpty()) {
            return;
        }
        for (float size : GROUP_SIZES) {
            if (groupList(cb, x, bottom, height, p, size, false, true)) {
                groupList(cb, x, bottom, height, p, size, false, false);
                return;
            }
        }
        float size = GROUP_SIZES[GROUP_SIZES.length - 1];
        if (!groupList(cb, x, bottom + 12, height, p, size, true, false)) {
            ColumnText more = new ColumnText(cb);
            more.setSimpleColumn(x + 10, bottom, x + KEY_WIDTH - 8, bottom + 12);
            more.addElement(Blocks.paragraph(labels.text("proceedings.network.moreGroups"), Style.SMALL_ITALIC));
            more.go();
        }
    }

    private Paragraph shortenedNote() {
        return Blocks.paragraph(labels.text("proceedings.network.shortened"), Style.SMALL_ITALIC);
    }

    /** How tall a block is in the column beside the graph. */
    private static float heightOf(PdfContentByte cb, float x, Element block) {
        ColumnText column = new ColumnText(cb);
        column.setSimpleColumn(x + 10, 0, x + KEY_WIDTH - 8, 1000);
        column.addElement(block);
        column.go(true);
        return 1000 - column.getYLine();
    }

    private static PdfPCell keyCell(Phrase phrase, int align, float size) {
        PdfPCell cell = new PdfPCell(phrase);
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setHorizontalAlignment(align);
        cell.setPadding(0);
        cell.setPaddingLeft(align == Element.ALIGN_LEFT ? 4 : 0);
        cell.setLeading(0, 1.25f);
        return cell;
    }

    /** Writes (or with {@code simulate} only tries) the list; whether every group fitted. */
    private boolean groupList(PdfTemplate cb, float x, float bottom, float height, Proceedings p, float size,
                              boolean oneLine, boolean simulate) {
        ColumnText column = new ColumnText(cb);
        column.setSimpleColumn(x + 10, bottom, x + KEY_WIDTH - 8, height - 8);
        Paragraph title = Blocks.paragraph(labels.text("proceedings.groups"), Style.FIELD_LABEL);
        title.setSpacingAfter(4);
        column.addElement(title);
        Font number = Style.font(PdfFonts.bold(), size, Color.WHITE);
        Font name = Style.font(PdfFonts.regular(), size, Style.TEXT);
        int widest = p.groups().stream().mapToInt(GroupSheet::number).max().orElse(1);
        float numberWidth = Math.max(size * 1.4f, PdfFonts.bold().getWidthPoint(String.valueOf(widest), size) + size * 0.6f);
        float listWidth = KEY_WIDTH - 18;
        PdfPTable table = new PdfPTable(new float[] {numberWidth, listWidth - numberWidth});
        table.getDefaultCell().setBorder(Rectangle.NO_BORDER);
        table.setTotalWidth(listWidth);
        table.setLockedWidth(true);
        table.setHorizontalAlignment(Element.ALIGN_LEFT);
        for (GroupSheet g : p.groups()) {
            PdfPCell tag = keyCell(new Phrase(String.valueOf(g.number()), number), Element.ALIGN_CENTER, size);
            tag.setCellEvent((cell, position, canvases) -> { // the service's mark, as in the graph
                PdfContentByte background = canvases[PdfPTable.BACKGROUNDCANVAS];
                float h = size * 1.3f;
                background.setColorFill(Style.ACCENT_DARK);
                background.roundRectangle(position.getLeft(), position.getTop() - size * 0.1f - h,
                        position.getWidth(), h, h / 5);
                background.fill();
            });
            tag.setPaddingBottom(oneLine ? size * 0.15f : size * 0.35f);
            table.addCell(tag);
            String text = oneLine ? Text.fit(g.name(), PdfFonts.regular(), size, listWidth - numberWidth - 4) : g.name();
            PdfPCell cell = keyCell(new Phrase(text, name), Element.ALIGN_LEFT, size);
            cell.setPaddingBottom(oneLine ? size * 0.15f : size * 0.35f);
            table.addCell(cell);
        }
        column.addElement(table);
        return !ColumnText.hasMoreText(column.go(simulate));
    }
}
