package org.partnershipworkshop.documents;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfAction;
import org.openpdf.text.pdf.PdfOutline;
import org.openpdf.text.pdf.PdfWriter;

/**
 * Where each planned section starts: its heading carries a named destination (the target of its
 * bookmark and of its line on the contents page) and a generic tag, so the page event learns the page
 * the heading really landed on — after any page break the layout chose, not where it was asked for.
 */
public final class Sections {

    private final SectionPlan plan;
    private final PdfWriter writer;
    private final Map<String, PdfOutline> outlines = new HashMap<>();
    private final Map<String, Integer> pages = new LinkedHashMap<>();

    public Sections(SectionPlan plan, PdfWriter writer) {
        this.plan = plan;
        this.writer = writer;
    }

    public SectionPlan plan() {
        return plan;
    }

    /** Adds the heading of a planned section with its bookmark. */
    public void heading(Document document, String id, Font font, float spacingBefore) {
        SectionPlan.Entry entry = plan.entry(id);
        Chunk title = new Chunk(entry.title(), font);
        title.setLocalDestination(id);
        title.setGenericTag(id);
        Paragraph heading = new Paragraph(title);
        heading.setLeading(font.getSize() * 1.25f);
        heading.setSpacingBefore(spacingBefore);
        heading.setSpacingAfter(font.getSize() * 0.6f);
        heading.setKeepTogether(true);
        heading.setAlignment(Element.ALIGN_LEFT);
        PdfOutline parent = entry.parentId() == null ? writer.getRootOutline() : outlines.get(entry.parentId());
        if (parent == null) {
            throw new IllegalStateException("section " + id + " comes before its parent " + entry.parentId());
        }
        outlines.put(id, new PdfOutline(parent, PdfAction.gotoLocalPage(id, false), entry.title(), entry.level() == 1));
        document.add(heading);
    }

    /** Called by the page event when a heading is drawn. */
    public void placed(String id, int page) {
        pages.putIfAbsent(id, page);
    }

    public int page(String id) {
        Integer page = pages.get(id);
        if (page == null) {
            throw new IllegalStateException("section " + id + " was planned but never written");
        }
        return page;
    }

    /** A section's title, for the running header. */
    public String title(String id) {
        return plan.entry(id).title();
    }

    public List<SectionPlan.Entry> entries() {
        return plan.entries();
    }
}
