package org.partnershipworkshop.partner.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.function.Function;
import java.util.function.Supplier;
import org.partnershipworkshop.partner.NetworkFilter;
import org.partnershipworkshop.partner.NetworkFormat;
import org.partnershipworkshop.partner.PartnerService;
import org.partnershipworkshop.partner.RankingOrder;

/**
 * "Export" on the network view: the part of the network the filters select, as GEXF (for Gephi), GraphML,
 * JSON, DOT or CSV of the links, and the partners' ranking as CSV (for a spreadsheet).
 */
class NetworkExportMenu extends MenuBar {

    NetworkExportMenu(PartnerService partners, Supplier<NetworkFilter> filter) {
        addThemeVariants(MenuBarVariant.LUMO_TERTIARY);
        addClassName("network-export");
        MenuItem export = addItem(VaadinIcon.DOWNLOAD.create());
        export.add(getTranslation("network.export"));
        export.setAriaLabel(getTranslation("network.export"));
        SubMenu formats = export.getSubMenu();
        item(formats, "network.export.gexf", NetworkFormat.GEXF.extension(), NetworkFormat.GEXF.contentType(),
                f -> partners.export(f, NetworkFormat.GEXF), filter);
        item(formats, "network.export.graphml", NetworkFormat.GRAPHML.extension(), NetworkFormat.GRAPHML.contentType(),
                f -> partners.export(f, NetworkFormat.GRAPHML), filter);
        item(formats, "network.export.json", NetworkFormat.JSON.extension(), NetworkFormat.JSON.contentType(),
                f -> partners.export(f, NetworkFormat.JSON), filter);
        item(formats, "network.export.dot", NetworkFormat.DOT.extension(), NetworkFormat.DOT.contentType(),
                f -> partners.export(f, NetworkFormat.DOT), filter);
        item(formats, "network.export.linksCsv", "csv", NetworkFormat.CSV.contentType(),
                f -> partners.export(f, NetworkFormat.CSV), filter);
        item(formats, "network.export.partnersCsv", "csv", NetworkFormat.CSV.contentType(),
                f -> partners.rankingCsv(f, RankingOrder.DEGREE, Integer.MAX_VALUE), filter);
    }

    private void item(SubMenu menu, String labelKey, String extension, String contentType,
                      Function<NetworkFilter, byte[]> content, Supplier<NetworkFilter> filter) {
        String stem = labelKey.endsWith("partnersCsv") ? "partners" : "partner-network";
        Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = content.apply(filter.get());
            return new DownloadResponse(new ByteArrayInputStream(bytes), stem + "-" + LocalDate.now() + "." + extension,
                    contentType, bytes.length);
        }), getTranslation(labelKey));
        download.getElement().setAttribute("download", true);
        menu.addItem(download);
    }
}
