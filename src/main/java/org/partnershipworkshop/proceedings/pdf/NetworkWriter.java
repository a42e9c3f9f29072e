package org.partnershipworkshop.proceedings.pdf;

import java.awt.Color;
import org.jgrapht.Graph;
import org.jgrapht.alg.drawing.model.Point2D;
import org.jgrapht.graph.DefaultEdge;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Image;
import org.openpdf.text.PageSize;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfTemplate;
import org.openpdf.text.pdf.PdfWriter;
import org.partnershipworkshop.proceedings.figure.NetworkLayout.Node;
import org.partnershipworkshop.proceedings.figure.NetworkLayout.PartnerNode;
import org.partnershipworkshop.proceedings.figure.NetworkLayout.ServiceNode;
import org.partnershipworkshop.documents.Style;
import org.partnershipworkshop.documents.Blocks;
import org.partnershipworkshop.documents.Sections;
import org.partnershipworkshop.documents.Labels;
import org.partnershipworkshop.documents.PartnerColors;
import org.partnershipworkshop.documents.LabelFont;
import org.partnershipworkshop.proceedings.figure.NetworkLayout;
import org.partnershipworkshop.proceedings.figure.LabelPlacer;
import org.partnershipworkshop.proceedings.figure.Box;

/**
 * The partner–service network as a vector figure on a landscape page: services as numbered squares,
 * partners as discs coloured by type and sized by how many groups they serve, each partner's name beside
 * its disc; the key to the marks runs under the graph, the groups by number beside it. The figure is a form
 * XObject placed like an image, so it stays sharp at any zoom and costs one drawing.
 */
final class NetworkWriter {

    /** Room around the graph inside the figure, so discs and names at the border are not cut. */
    private static final float PAD = 4;
    /**
     * The type size of the partners' names: smaller as there are more of them, so each finds a free place
     * beside its disc without being shortened (6.5 pt up to 59 partners, 6 pt up to 100, then 5.5 pt).
     */
    static float labelSize(long partners) {
        return partners < 60 ? 6.5f : partners <= 100 ? 6f : 5.5f;
    }

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
        sections.heading(document, ProceedingsPlan.NETWORK, Style.H1, 0);
        if (p.groups().isEmpty() && p.overview().partners().isEmpty()) {
            document.add(Blocks.paragraph(labels.text("proceedings.network.none"), Style.BODY_ITALIC));
            return;
        }
        Graph<Node, DefaultEdge> graph = FigureGraph.of(p.groups(), p.overview().partners());
        long partners = NetworkLayout.partnerCount(graph);
        document.add(Blocks.paragraph(labels.text(NetworkLayout.labelsAll(graph) ? "proceedings.network.caption"
                : "proceedings.network.captionLarge", p.groups().size(), partners, graph.edgeSet().size()), Style.SMALL_MUTED, 6));
        float width = document.right() - document.left();
        float height = writer.getVerticalPosition(true) - document.bottom() - 6;
        float graphWidth = width - GroupsKey.WIDTH - 12;
        LabelFont font = LabelFont.of(labelSize(NetworkLayout.labelledCount(graph)));
        MarksKey key = new MarksKey(p, labels, graphWidth);
        float keyHeight = key.height();
        NetworkLayout layout = new NetworkLayout(graph, graphWidth - 2 * PAD, height - keyHeight - 8 - 2 * PAD, font);
        PdfTemplate figure = writer.getDirectContent().createTemplate(width, height);
        figure.saveState();
        figure.concatCTM(1, 0, 0, 1, PAD, keyHeight + 8 + PAD);
        draw(figure, layout, font);
        figure.restoreState();
        key.draw(figure, graphWidth);
        boolean shortened = !layout.omitted().isEmpty() || layout.labels().stream().anyMatch(LabelPlacer.Label::shortened);
        new GroupsKey(labels).draw(figure, width - GroupsKey.WIDTH, height, p, shortened);
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
            cb.setColorStroke(NetworkMarks.pale(PartnerColors.of(partner.type()), partner.shared() ? 0.45f : 0.6f));
            Point2D a = layout.position(source);
            Point2D b = layout.position(target);
            cb.moveTo((float) a.getX(), (float) a.getY());
            cb.lineTo((float) b.getX(), (float) b.getY());
            cb.stroke();
        }
        for (Node node : graph.vertexSet()) {
            if (node instanceof PartnerNode partner) {
                Point2D at = layout.position(node);
                NetworkMarks.disc(cb, PartnerColors.of(partner.type()), (float) at.getX(), (float) at.getY(),
                        (float) NetworkLayout.radius(partner));
            }
        }
        for (Node node : graph.vertexSet()) {
            if (node instanceof ServiceNode service) {
                Point2D at = layout.position(node);
                NetworkMarks.service(cb, String.valueOf(service.number()), (float) at.getX(), (float) at.getY(),
                        (float) layout.serviceSide());
            }
        }
        for (LabelPlacer.Label label : layout.labels()) {
            label(cb, label, font);
        }
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
}
