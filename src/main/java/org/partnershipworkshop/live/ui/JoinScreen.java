package org.partnershipworkshop.live.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import org.partnershipworkshop.live.JoinInfo;
import org.partnershipworkshop.live.Presence;
import org.partnershipworkshop.meeting.MeetingDetails.GroupView;
import org.partnershipworkshop.base.ui.QrCode;

/**
 * What the room sees while tables join: the QR code of the join link, the code in big letters with the
 * address to type it at, and which tables have joined so far.
 */
class JoinScreen extends Div {

    private final Image qr = new Image();
    private final Span code = new Span();
    private final Span address = new Span();
    private final Paragraph warning = new Paragraph();
    private final Div tables = new Div();

    JoinScreen() {
        addClassName("join-screen");
        qr.addClassName("join-qr");
        code.addClassName("join-big-code");
        address.addClassName("join-address");
        warning.addClassName("join-local-warning");
        tables.addClassName("join-joined");
        H2 title = new H2(getTranslation("live.joinScreen.title"));
        Paragraph steps = new Paragraph(getTranslation("live.joinScreen.steps"));
        steps.addClassName("join-steps");
        Div text = new Div(title, steps, new Span(getTranslation("live.joinScreen.codeLabel")), code, address, warning);
        text.addClassName("join-text");
        add(qr, text, tables);
    }

    void show(JoinInfo info, String url, boolean localOnly) {
        qr.setSrc(QrCode.dataUrl(url));
        qr.setAlt(getTranslation("live.joinScreen.qrAlt", url));
        code.setText(info.code().grouped());
        code.setClassName("closed", !info.open());
        address.setText(url.replaceFirst("\\?code=.*$", "").replaceFirst("^https?://", ""));
        warning.setText(!info.open() ? getTranslation("live.joinScreen.closed")
                : localOnly ? getTranslation("live.joinScreen.localOnly") : "");
        warning.setVisible(!info.open() || localOnly);
    }

    void presence(List<GroupView> groups, Presence presence) {
        tables.removeAll();
        long joined = groups.stream().filter(g -> presence.laptops(g.id()) > 0).count();
        Span label = new Span(getTranslation("live.joinScreen.joined", joined, groups.size()));
        label.addClassName("join-joined-label");
        tables.add(label);
        for (GroupView group : groups) {
            Span chip = new Span(String.valueOf(group.number()));
            chip.addClassName("join-chip");
            chip.setClassName("connected", presence.laptops(group.id()) > 0);
            chip.getElement().setAttribute("title", group.name());
            tables.add(chip);
        }
    }

    String codeText() {
        return code.getText();
    }
}
