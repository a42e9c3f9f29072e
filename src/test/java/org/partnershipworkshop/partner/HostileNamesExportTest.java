package org.partnershipworkshop.partner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;
import org.junit.jupiter.api.Test;
import org.partnershipworkshop.base.Csv;
import org.partnershipworkshop.canvas.PartnerType;
import org.partnershipworkshop.documents.DocxDocument;
import org.partnershipworkshop.documents.Labels;
import org.partnershipworkshop.documents.XlsxSheetWriter;

/**
 * Names a table can type reach every export intact or made harmless (findings 2 and 12 of the hardening): a control
 * character never breaks an XML format (GraphML, GEXF, DOCX, XLSX), a backslash before a quote never ends a DOT
 * label, and a CSV cell starting with a tab or a carriage return is kept from a spreadsheet's formula reader.
 */
class HostileNamesExportTest {

    static final String CONTROL = "Клуб\u0001 „Приятели“\u0007";
    static final String DOT_ESCAPE = "x\\\" ]; INJECTED_NODE [label=pwned]; //";
    static final PartnerNode CLUB = new PartnerNode(1, CONTROL, PartnerType.NGO, "Смолян\u0002");
    static final PartnerNode EVIL = new PartnerNode(2, DOT_ESCAPE, null, null);
    static final PartnerNode TAB = new PartnerNode(3, "\tcmd|' /C calc'!A0", null, null);
    static final PartnerNode CR = new PartnerNode(4, "\r=1+1", null, null);
    static final ServiceNode SERVICE = new ServiceNode(10, 5, "Среща\u0003", LocalDate.of(2012, 5, 17), 1, "Маса\u0008 1",
            "", List.of());

    /** Labels that print their keys and arguments: the writer's own texts are not under test here. */
    static final Labels KEYS = new Labels() {
        @Override
        public String text(String key, Object... args) {
            return key + " " + java.util.Arrays.stream(args).map(String::valueOf).collect(java.util.stream.Collectors.joining(" "));
        }

        @Override
        public Locale locale() {
            return Locale.of("bg");
        }
    };

    static PartnerNetwork network() {
        return new PartnerNetwork(List.of(SERVICE), List.of(new ServiceLink(CLUB, SERVICE, List.of("роля\u0004")),
                new ServiceLink(EVIL, SERVICE, List.of("a\\\"b")), new ServiceLink(TAB, SERVICE, List.of()),
                new ServiceLink(CR, SERVICE, List.of())));
    }

    @Test
    void xmlFormatsParseWithControlCharactersDropped() throws Exception {
        for (NetworkFormat format : List.of(NetworkFormat.GRAPHML, NetworkFormat.GEXF)) {
            byte[] bytes = NetworkExport.write(network(), format);
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
            String text = new String(bytes, StandardCharsets.UTF_8);
            assertThat(text).as(format.name()).contains("Клуб „Приятели“").contains("Смолян").doesNotContain("\u0001", "\u0002");
        }
    }

    @Test
    void aBackslashBeforeAQuoteStaysInsideTheDotLabel() {
        String dot = new String(NetworkExport.write(network(), NetworkFormat.DOT), StandardCharsets.UTF_8);
        Graph<String, DefaultEdge> graph = new SimpleGraph<>(null, DefaultEdge::new, false);
        Map<String, String> labels = NetworkExportTest.readDot(dot, graph);
        assertThat(graph.vertexSet()).containsExactlyInAnyOrder("partner-1", "partner-2", "partner-3", "partner-4", "service-10");
        assertThat(graph.edgeSet()).hasSize(4);
        // DOT reads \\ as one backslash: the label comes back as typed, one label, no node of its own.
        assertThat(labels.get("partner-2")).isEqualTo(DOT_ESCAPE.replace("\\", "\\\\"));
        assertThat(dot).doesNotContainPattern("(?m)^\\s*INJECTED_NODE");
    }

    @Test
    void csvCellsStartingWithTabOrCarriageReturnAreProtected() {
        String csv = new String(NetworkExport.write(network(), NetworkFormat.CSV), StandardCharsets.UTF_8);
        assertThat(csv).contains(",'\tcmd|' /C calc'!A0,").contains("\"'\r=1+1\"").doesNotContain("\u0001");
        assertThat(Csv.cell("-5")).isEqualTo("-5");
        assertThat(Csv.cell("-x")).isEqualTo("'-x");
        assertThat(Csv.unprotect(Csv.cell("\tcmd"))).isEqualTo("\tcmd");
        assertThat(Csv.unprotect(Csv.cell("=SUM(A1)"))).isEqualTo("=SUM(A1)");
    }

    @Test
    void docxAndXlsxOpenAgainWithControlCharactersDropped() throws Exception {
        DocxDocument docx = new DocxDocument(false, KEYS, CONTROL);
        docx.heading(CONTROL, 1);
        docx.paragraph("строка\u0001\nвторая\u000B", false);
        docx.table(List.of("A\u0001"), new int[] {100}).row(List.of(CONTROL), false);
        ByteArrayOutputStream docxBytes = new ByteArrayOutputStream();
        docx.write(docxBytes);
        try (XWPFDocument read = new XWPFDocument(new ByteArrayInputStream(docxBytes.toByteArray()));
             XWPFWordExtractor extractor = new XWPFWordExtractor(read)) {
            assertThat(extractor.getText()).contains("Клуб „Приятели“", "строка", "вторая").doesNotContain("\u0001", "\u0007");
        }
        ByteArrayOutputStream xlsxBytes = new ByteArrayOutputStream();
        try (XlsxSheetWriter xlsx = new XlsxSheetWriter()) {
            xlsx.sheet("Лист\u0001", List.of("Име\u0002"), new int[] {30});
            xlsx.row(CONTROL);
            xlsx.write(xlsxBytes);
        }
        try (XSSFWorkbook read = new XSSFWorkbook(new ByteArrayInputStream(xlsxBytes.toByteArray()))) {
            assertThat(read.getSheetAt(0).getSheetName()).isEqualTo("Лист");
            assertThat(read.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("Име");
            assertThat(read.getSheetAt(0).getRow(1).getCell(0).getStringCellValue()).isEqualTo("Клуб „Приятели“");
        }
    }
}
