package org.partnershipworkshop.live.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.partnershipworkshop.canvas.CanvasOwner;
import org.partnershipworkshop.live.Ballot;

/**
 * A table's dots: each other table's service with − and + and the dots given, and how many are left. Every
 * click is saved at once; the caller passes it on ({@code vote}: target group, +1 or −1).
 */
@StyleSheet("./live.css")
class VoteDialog extends Dialog {

    interface Vote {
        void cast(long forGroupId, int delta);
    }

    private final Vote vote;
    private final Paragraph left = new Paragraph();
    private final Div options = new Div();

    VoteDialog(CanvasOwner owner, Vote vote) {
        this.vote = vote;
        addClassName("vote-dialog");
        setHeaderTitle(getTranslation("vote.title", owner.groupNumber()));
        left.addClassName("vote-left");
        left.getElement().setAttribute("role", "status");
        left.getElement().setAttribute("aria-live", "polite");
        options.addClassName("vote-options");
        options.getElement().setAttribute("role", "list");
        add(left, options);
        Button done = new Button(getTranslation("vote.done"), e -> close());
        done.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(done);
        setWidth("min(96vw, 52rem)");
    }

    void show(Ballot ballot) {
        left.setText(ballot.open() ? getTranslation("vote.left", ballot.left(), ballot.votesPerTable())
                : getTranslation("vote.notOpen"));
        options.removeAll();
        if (ballot.options().isEmpty()) {
            options.add(new Paragraph(getTranslation("vote.noOptions")));
        }
        for (Ballot.Option option : ballot.options()) {
            options.add(option(option, ballot));
        }
    }

    private Div option(Ballot.Option option, Ballot ballot) {
        Span number = new Span(String.valueOf(option.number()));
        number.addClassName("vote-number");
        Span name = new Span(option.name());
        name.addClassName("vote-name");
        Span headline = new Span(option.headline() == null ? getTranslation("vote.noHeadline") : option.headline());
        headline.addClassName("vote-headline");
        Div text = new Div(name, headline);
        text.addClassName("vote-text");
        Span dots = new Span("●".repeat(option.dots()));
        dots.addClassName("vote-dots");
        dots.getElement().setAttribute("aria-label", getTranslation("vote.dots", option.dots()));
        Button less = button(VaadinIcon.MINUS, getTranslation("vote.less", option.number()),
                () -> vote.cast(option.groupId(), -1));
        less.setEnabled(ballot.open() && option.dots() > 0);
        Button more = button(VaadinIcon.PLUS, getTranslation("vote.more", option.number()),
                () -> vote.cast(option.groupId(), 1));
        more.setEnabled(ballot.open() && ballot.left() > 0);
        more.addThemeVariants(ButtonVariant.PRIMARY);
        Div row = new Div(number, text, less, dots, more);
        row.addClassName("vote-option");
        row.getElement().setAttribute("role", "listitem");
        row.getElement().setAttribute("data-table", String.valueOf(option.number()));
        return row;
    }

    private static Button button(VaadinIcon icon, String label, Runnable action) {
        Button button = new Button(icon.create(), e -> action.run());
        button.setAriaLabel(label);
        button.setTooltipText(label);
        return button;
    }
}
