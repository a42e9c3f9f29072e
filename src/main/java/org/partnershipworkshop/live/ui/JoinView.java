package org.partnershipworkshop.live.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.Optional;
import org.partnershipworkshop.security.TableAccess;
import org.partnershipworkshop.security.TableSeat;
import org.partnershipworkshop.base.ui.ClientAddress;
import org.partnershipworkshop.base.ui.LanguageSwitch;
import org.partnershipworkshop.live.JoinChoice;
import org.partnershipworkshop.live.JoinCode;
import org.partnershipworkshop.live.JoinService;
import org.partnershipworkshop.live.TooManyJoinAttemptsException;
import org.partnershipworkshop.live.WrongJoinException;

/**
 * Joining a table without an account, on the table's shared laptop (or a phone): type the code from the
 * projector, or open the link of its QR code, which carries the code; pick your table; land on its canvas.
 */
@Route(value = "join", autoLayout = false)
@AnonymousAllowed
@StyleSheet("./live.css")
public class JoinView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    static final String CODE = "code";
    static final String ENDED = "ended";
    static final String LEFT = "left";

    private final JoinService joining;
    private final TextField code = new TextField();
    private final Div card = new Div();
    private final Paragraph notice = new Paragraph();

    public JoinView(JoinService joining) {
        this.joining = joining;
        addClassName("join-view");
        Div top = new Div(new Span(getTranslation("app.name")), new LanguageSwitch());
        top.addClassName("join-top");
        card.addClassNames("public-card", "join-card");
        notice.addClassName("join-notice");
        notice.getElement().setAttribute("role", "status");
        notice.setVisible(false);
        add(top, card);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters query = event.getLocation().getQueryParameters();
        notice.setVisible(false);
        notice.removeClassName("warning");
        if (query.getSingleParameter(ENDED).isPresent()) {
            say(getTranslation("join.ended"), false);
        } else {
            query.getSingleParameter(LEFT).ifPresent(table -> say(getTranslation("join.left", table), false));
        }
        Optional<String> typed = query.getSingleParameter(CODE);
        askForCode(typed.orElse(""));
        if (typed.isPresent() && !typed.get().isBlank()) {
            check();
        }
    }

    private void askForCode(String value) {
        card.removeAll();
        H1 title = new H1(getTranslation("join.title"));
        Paragraph help = new Paragraph(getTranslation("join.help"));
        help.addClassName("join-help");
        code.setLabel(getTranslation("join.code"));
        code.setPlaceholder("ABCD EFGH");
        code.setValue(value);
        code.setMaxLength(16);
        code.setAutofocus(true);
        code.setAutocapitalize(com.vaadin.flow.component.textfield.Autocapitalize.CHARACTERS);
        code.setAutocorrect(false);
        code.setInvalid(false);
        code.addClassName("join-code");
        code.getElement().setAttribute("autocomplete", "off");
        code.getElement().setAttribute("spellcheck", "false");
        Button next = new Button(getTranslation("join.next"), VaadinIcon.ARROW_RIGHT.create(), e -> check());
        next.setIconAfterText(true);
        next.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.LARGE);
        next.addClickShortcut(Key.ENTER);
        next.addClassName("join-next");
        card.add(title, help, notice, code, next);
        TableAccess.current().ifPresent(this::offerOwnTable);
        Anchor staff = new Anchor("login", getTranslation("join.staff"));
        staff.addClassName("join-staff");
        card.add(staff);
    }

    private void offerOwnTable(TableSeat seat) {
        Anchor back = new Anchor("groups/" + seat.groupId(), getTranslation("join.backToTable", seat.groupNumber()));
        back.addClassName("join-back");
        card.add(back);
    }

    private void check() {
        try {
            JoinChoice choice = joining.checkCode(code.getValue(), ClientAddress.current());
            pickTable(choice);
        } catch (WrongJoinException e) {
            code.setErrorMessage(getTranslation("join.wrongCode"));
            code.setInvalid(true);
            code.focus();
        } catch (TooManyJoinAttemptsException e) {
            tooMany(e);
        }
    }

    private void tooMany(TooManyJoinAttemptsException e) {
        code.setErrorMessage(getTranslation("join.tooMany", e.retryAfterSeconds()));
        code.setInvalid(true);
        say(getTranslation("join.tooMany", e.retryAfterSeconds()), true);
    }

    private void pickTable(JoinChoice choice) {
        String typed = JoinCode.parse(code.getValue()).map(JoinCode::value).orElse(code.getValue());
        card.removeAll();
        H1 title = new H1(getTranslation("join.pickTable"));
        card.add(title);
        if (choice.meetingTitle() != null) {
            Paragraph meeting = new Paragraph(choice.meetingTitle());
            meeting.addClassName("join-meeting");
            card.add(meeting);
        }
        card.add(notice);
        List<JoinChoice.Table> tables = choice.tables();
        if (tables.isEmpty()) {
            card.add(new Paragraph(getTranslation("join.noTables")));
        }
        Div list = new Div();
        list.addClassName("join-tables");
        list.getElement().setAttribute("role", "list");
        for (JoinChoice.Table table : tables) {
            Span number = new Span(String.valueOf(table.number()));
            number.addClassName("join-table-number");
            Span name = new Span(table.name());
            name.addClassName("join-table-name");
            Button pick = new Button();
            pick.getElement().appendChild(number.getElement(), name.getElement());
            pick.addClassName("join-table");
            pick.getElement().setAttribute("data-table", String.valueOf(table.number()));
            pick.setAriaLabel(getTranslation("join.tableLabel", table.number(), table.name()));
            pick.addClickListener(e -> sitDown(typed, table.number()));
            list.add(pick);
        }
        Button other = new Button(getTranslation("join.otherCode"), VaadinIcon.ARROW_LEFT.create(), e -> askForCode(typed));
        other.addThemeVariants(ButtonVariant.TERTIARY);
        card.add(list, other);
    }

    private void sitDown(String typed, int tableNumber) {
        try {
            TableSeat seat = joining.seat(typed, tableNumber, ClientAddress.current());
            TableSession.signIn(seat);
            UI.getCurrent().getPage().setLocation("groups/" + seat.groupId());
        } catch (WrongJoinException e) {
            askForCode(typed);
            code.setErrorMessage(getTranslation("join.wrongCode"));
            code.setInvalid(true);
        } catch (TooManyJoinAttemptsException e) {
            askForCode(typed);
            tooMany(e);
        }
    }

    private void say(String text, boolean warning) {
        notice.setText(text);
        notice.setVisible(true);
        if (warning) {
            notice.addClassName("warning");
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("join.title") + " · " + getTranslation("app.name");
    }
}
