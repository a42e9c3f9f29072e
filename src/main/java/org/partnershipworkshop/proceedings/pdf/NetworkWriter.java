package org.partnershipworkshop.proceedings.pdf;

import java.awt.Color;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jgrapht.alg.drawing.model.Point2D;
import org.jgrapht.graph.DefaultEdge;
import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Image;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfTemplate;
import org.openpdf.text.pdf.PdfWriter;
import org.partnershipworkshop.canvas.PartnerType;
import org.partnershipworkshop.proceedings.pdf.NetworkLayout.Node;
import org.partnershipworkshop.proceedings.pdf.NetworkLayout.PartnerNode;
import org.partnershipworkshop.proceedings.pdf.NetworkLayout.ServiceNode;

/**
 * The partner–service network as a vector figure on a landscape page: services as numbered squares,
 * partners as discs coloured by type and sized by how many groups they serve, and a legend. The figure
 * is a form XObject placed like an image, so it stays sharp at any zoom and costs one drawing.
 */
final class NetworkWriter {

    /** Above this many partners only those serving several groups get a label, or the figure is unreadable. */
    static final int LABEL_ALL_UP_TO = 60;
    private static final float LEGEND_WIDTH = 175;
    private static final float LABEL_SIZE = 6.5f;
    private static final float LABEL_WIDTH = 120;

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
        float width = document.right() - document.left();
        float height = writer.getVerticalPosition(true) - document.bottom() - 30;
        float graphWidth = width - LEGEND_WIDTH - 10;
        NetworkLayout layout = new NetworkLayout(p.groups(), p.overview().partners(), graphWidth / height);
        long partners = layout.graph().vertexSet().stream().filter(PartnerNode.class::isInstance).count();
        boolean labelAll = partners <= LABEL_ALL_UP_TO;
        document.add(Blocks.paragraph(labels.text(labelAll ? "proceedings.network.caption" : "proceedings.network.captionLarge",
                p.groups().size(), partners, layout.graph().edgeSet().size()), Style.SMALL_MUTED, 6));
        PdfTemplate figure = writer.getDirectContent().createTemplate(width, height);
        draw(figure, layout, graphWidth, height, labelAll);
        legend(figure, layout, width - LEGEND_WIDTH, height, p);
        Image image = Image.getInstance(figure);
        image.setAlignment(Element.ALIGN_LEFT);
        document.add(image);
    }

    private void draw(PdfContentByte cb, NetworkLayout layout, float width, float height, boolean labelAll) {
        float pad = 18;
        float sideRoom = labelAll ? 70 : 40; // labels stick out sideways
        Frame frame = new Frame(sideRoom, pad, width - 2 * sideRoom, height - 2 * pad);
        cb.saveState();
        cb.setColorStroke(Style.RULE);
        cb.setLineWidth(0.6f);
        for (DefaultEdge edge : layout.graph().edgeSet()) {
            float[] a = frame.at(layout.position(layout.graph().getEdgeSource(edge)));
            float[] b = frame.at(layout.position(layout.graph().getEdgeTarget(edge)));
            cb.moveTo(a[0], a[1]);
            cb.lineTo(b[0], b[1]);
        }
        cb.stroke();
        List<Node> nodes = new ArrayList<>(layout.graph().vertexSet());
        for (Node node : nodes) {
            float[] at = frame.at(layout.position(node));
            if (node instanceof PartnerNode partner) {
                float r = radius(partner);
                cb.setColorFill(PartnerColors.of(partner.type()));
                cb.setColorStroke(Color.WHITE);
                cb.setLineWidth(0.8f);
                cb.circle(at[0], at[1], r);
                cb.fillStroke();
            }
        }
        for (Node node : nodes) {
            float[] at = frame.at(layout.position(node));
            if (node instanceof ServiceNode service) {
                service(cb, service, at[0], at[1]);
            } else if (node instanceof PartnerNode partner && (labelAll || partner.degree() > 1)) {
                label(cb, partner, at[0], at[1], at[0] > frame.x + frame.width / 2);
            }
        }
        cb.restoreState();
    }

    private static float radius(PartnerNode partner) {
        return 3f + 1.6f * (float) Math.sqrt(partner.degree());
    }

    private static void service(PdfContentByte cb, ServiceNode service, float x, float y) {
        String number = String.valueOf(service.group().number());
        BaseFont font = PdfFonts.bold();
        float size = 8;
        float side = Math.max(14, font.getWidthPoint(number, size) + 6);
        cb.setColorFill(Style.ACCENT_DARK);
        cb.setColorStroke(Color.WHITE);
        cb.setLineWidth(1);
        cb.roundRectangle(x - side / 2, y - 7, side, 14, 2.5f);
        cb.fillStroke();
        cb.beginText();
        cb.setFontAndSize(font, size);
        cb.setColorFill(Color.WHITE);
        cb.showTextAligned(Element.ALIGN_CENTER, number, x, y - 2.8f, 0);
        cb.endText();
    }

    private static void label(PdfContentByte cb, PartnerNode partner, float x, float y, boolean toTheLeft) {
        String text = Text.fit(partner.name(), PdfFonts.regular(), LABEL_SIZE, LABEL_WIDTH);
        float offset = radius(partner) + 2;
        cb.beginText();
        cb.setFontAndSize(PdfFonts.regular(), LABEL_SIZE);
        cb.setColorFill(Style.TEXT);
        cb.showTextAligned(toTheLeft ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT, text,
                toTheLeft ? x - offset : x + offset, y - LABEL_SIZE / 3, 0);
        cb.endText();
    }

    /** The legend beside the graph: partner types present, the service mark, and the groups by number. */
    private void legend(PdfTemplate cb, NetworkLayout layout, float x, float height, Proceedings p) {
        Set<PartnerType> types = EnumSet.noneOf(PartnerType.class);
        boolean untyped = false;
        for (Node node : layout.graph().vertexSet()) {
            if (node instanceof PartnerNode partner) {
                if (partner.type() == null) {
                    untyped = true;
                } else {
                    types.add(partner.type());
                }
            }
        }
        cb.saveState();
        cb.setColorFill(Style.BOARD);
        cb.rectangle(x, 0, LEGEND_WIDTH, height);
        cb.fill();
        cb.restoreState();
        ColumnText column = new ColumnText(cb);
        column.setSimpleColumn(x + 10, 20, x + LEGEND_WIDTH - 8, height - 10);
        column.addElement(legendTitle(labels.text("proceedings.network.legend")));
        for (PartnerType type : types) {
            column.addElement(legendLine(Blocks.swatch(PartnerColors.of(type), 9), labels.text(type.labelKey())));
        }
        if (untyped) {
            column.addElement(legendLine(Blocks.swatch(PartnerColors.UNTYPED, 9), labels.text("proceedings.partnerType.none")));
        }
        Paragraph service = legendLine(Blocks.swatch(Style.ACCENT_DARK, 9), labels.text("proceedings.network.service"));
        service.setSpacingBefore(4);
        column.addElement(service);
        Paragraph size = Blocks.paragraph(labels.text("proceedings.network.size"), Style.SMALL_ITALIC);
        size.setSpacingBefore(3);
        column.addElement(size);
        if (!p.groups().isEmpty()) {
            Paragraph groups = legendTitle(labels.text("proceedings.groups"));
            groups.setSpacingBefore(8);
            column.addElement(groups);
        }
        for (GroupSheet g : p.groups()) {
            Paragraph line = Blocks.paragraph("", Style.SMALL_MUTED);
            line.setIndentationLeft(14);
            line.setFirstLineIndent(-14);
            line.add(new Chunk(g.number() + "  ", Style.SMALL_BOLD));
            line.add(new Chunk(g.name(), Style.SMALL_MUTED));
            column.addElement(line);
        }
        if (ColumnText.hasMoreText(column.go())) {
            ColumnText more = new ColumnText(cb);
            more.setSimpleColumn(x + 10, 4, x + LEGEND_WIDTH - 8, 18);
            more.addElement(Blocks.paragraph(labels.text("proceedings.network.moreGroups"), Style.SMALL_ITALIC));
            more.go();
        }
    }

    private static Paragraph legendTitle(String title) {
        Paragraph p = Blocks.paragraph(title, Style.FIELD_LABEL);
        p.setSpacingAfter(3);
        return p;
    }

    private static Paragraph legendLine(Chunk swatch, String text) {
        Paragraph p = Blocks.paragraph("", Style.SMALL);
        p.setIndentationLeft(12);
        p.setFirstLineIndent(-12);
        p.add(swatch);
        p.add(new Chunk(text, Style.SMALL));
        return p;
    }

    /** The drawing area of the graph inside the figure. */
    private record Frame(float x, float y, float width, float height) {
        float[] at(Point2D p) {
            return new float[] {x + (float) p.getX() * width, y + (float) p.getY() * height};
        }
    }
}
