package org.partnershipworkshop.plan.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import java.util.function.Consumer;

/**
 * Many lines of a plan as one element, {@code <plan-lines>} (decisions 0181, 0183): the lines go to the browser as
 * one property, a {@link LineTree} of plain data, which {@code plan-lines.js} turns into elements with text nodes —
 * no markup is ever parsed, so whatever a person typed stays text. Buttons inside carry a data attribute naming what
 * they act on; one click listener per attribute on the block hears them.
 */
@Tag("plan-lines")
@JsModule("./plan-lines.js")
final class LineBlock extends Component {

    private LineBlock(LineTree content, String className) {
        getElement().getClassList().add(className);
        getElement().setPropertyBean("tree", content.node());
    }

    /** A block of the class showing the children of {@code content} (made by {@link LineTree#root()}). */
    static LineBlock of(LineTree content, String className) {
        return new LineBlock(content, className);
    }

    /** Calls {@code pressed} with the value of {@code data-<name>} of the button pressed inside the block. */
    static void onButton(LineBlock block, String name, Consumer<String> pressed) {
        String target = "event.target.closest('[data-" + name + "]')";
        // Every listener's data is evaluated on every click of the block: optional chaining keeps another button's
        // expression from throwing (which would drop the event) when its attribute is not on the target.
        String value = target + "?.getAttribute('data-" + name + "')";
        block.getElement().addEventListener("click", e -> pressed.accept(e.getEventData().get(value).asString()))
                .setFilter(target + " != null").addEventData(value);
    }

    /** A button of the block: Lumo's small tertiary look (plan.css), acting on {@code value}. */
    static LineTree button(LineTree parent, String name, String value, String text, String className) {
        return parent.appendElement("button").addClass(className).addClass("plan-text-button").data(name, value).text(text);
    }

    /** A small button showing a sign, named for screen readers and on hover by {@code label}. */
    static void iconButton(LineTree parent, String name, String value, String sign, String label, String className) {
        button(parent, name, value, sign, className).title(label).label(label);
    }
}
