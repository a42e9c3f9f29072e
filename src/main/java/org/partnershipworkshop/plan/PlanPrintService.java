package org.partnershipworkshop.plan;

import java.time.YearMonth;
import org.partnershipworkshop.base.Language;
import org.partnershipworkshop.base.Messages;
import org.partnershipworkshop.documents.DocxPrinter;
import org.partnershipworkshop.documents.PdfPrinter;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The plan printed and exchanged: PDF and DOCX in the seed's layout, XLSX of rows and indicators, the monthly
 * report to the management and the year report, all in the plan's language. Managers and above.
 */
@Service
public class PlanPrintService {

    private final PlanStore store;
    private final PlanPages pages;
    private final PlanFactService facts;
    private final Messages messages;

    PlanPrintService(PlanStore store, PlanPages pages, PlanFactService facts, Messages messages) {
        this.store = store;
        this.pages = pages;
        this.facts = facts;
        this.messages = messages;
    }

    @Transactional(readOnly = true)
    @PreAuthorize(PlanAccess.READ)
    public PlanFile pdf(long planId) {
        PlanStore.Stored stored = store.load(planId);
        PlanPage page = pages.page(stored);
        PlanLabels labels = labels(page);
        PlanLayout layout = new PlanLayout(page, labels);
        byte[] pdf = layout.print(new PdfPrinter(labels, page.plan().header().title(), page.plan().header().organisation(),
                layout.parts(), landscape(page)));
        return new PlanFile(PlanFiles.name(stored, "plan", "pdf"), PlanFile.PDF, pdf);
    }

    @Transactional(readOnly = true)
    @PreAuthorize(PlanAccess.READ)
    public PlanFile docx(long planId) {
        PlanStore.Stored stored = store.load(planId);
        PlanPage page = pages.page(stored);
        PlanLabels labels = labels(page);
        byte[] docx = new PlanLayout(page, labels).print(new DocxPrinter(labels, page.plan().header().title(), landscape(page)));
        return new PlanFile(PlanFiles.name(stored, "plan", "docx"), PlanFile.DOCX, docx);
    }

    @Transactional(readOnly = true)
    @PreAuthorize(PlanAccess.READ)
    public PlanFile xlsx(long planId) {
        PlanStore.Stored stored = store.load(planId);
        PlanPage page = pages.page(stored);
        return new PlanFile(PlanFiles.name(stored, "plan", "xlsx"), PlanFile.XLSX, PlanXlsx.write(page, labels(page)));
    }

    /** «Ежемесячный отчёт руководству» for a month of the plan's year. */
    @Transactional(readOnly = true)
    @PreAuthorize(PlanAccess.READ)
    public PlanFile monthReport(long planId, YearMonth month) {
        PlanStore.Stored stored = store.load(planId);
        PlanPage page = pages.page(stored);
        PlanFactService.inYear(page.plan(), month);
        PlanLabels labels = labels(page);
        ReportLayout report = new ReportLayout(page, labels);
        byte[] pdf = report.month(facts.monthOf(page, month), new PdfPrinter(labels,
                labels.text("plan.report.monthTitle", report.monthName(month)), page.plan().header().organisation(),
                report.monthParts(), false));
        return new PlanFile("report-" + month + "-" + planId + ".pdf", PlanFile.PDF, pdf);
    }

    /** «Отчёт о выполнении плана»: every section, row and indicator planned against done. */
    @Transactional(readOnly = true)
    @PreAuthorize(PlanAccess.READ)
    public PlanFile yearReport(long planId) {
        PlanStore.Stored stored = store.load(planId);
        PlanPage page = pages.page(stored);
        PlanLabels labels = labels(page);
        ReportLayout report = new ReportLayout(page, labels);
        byte[] pdf = report.year(new PdfPrinter(labels, labels.text("plan.report.yearTitle"),
                page.plan().header().organisation(), report.yearParts(), true));
        return new PlanFile(PlanFiles.name(stored, "report", "pdf"), PlanFile.PDF, pdf);
    }

    private PlanLabels labels(PlanPage page) {
        Language language = page.plan().header().language();
        return new PlanLabels(messages, language);
    }

    private static boolean landscape(PlanPage page) {
        return page.plan().header().orientation() == Orientation.LANDSCAPE;
    }
}
