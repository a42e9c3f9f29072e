package org.partnershipworkshop.plan.ui;

import com.vaadin.flow.component.html.Div;
import java.util.function.Consumer;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Many lines of a plan as one piece of HTML (decision 0181): built with jsoup, whose text and attribute setters
 * escape whatever a person typed, sent as one property instead of thousands of components. Buttons inside are plain
 * {@code <button>}s with a data attribute naming what they act on; one click listener on the block hears them all.
 */
final class HtmlBlock {

    private HtmlBlock() {
    }

    /** An empty block to build in, written without the indentation jsoup adds by default (a third of the bytes). */
    static Element root() {
        Document document = new Document("");
        document.outputSettings().prettyPrint(false);
        return document.appendElement("div");
    }

    /** A div of the class holding the children of an element made by {@link #root()}. */
    static Div of(Element content, String className) {
        Div box = new Div();
        box.addClassName(className);
        box.getElement().setProperty("innerHTML", content.html());
        return box;
    }

    /** Calls {@code pressed} with the attribute's value of the button pressed inside the block. */
    static void onButton(Div block, String attribute, Consumer<String> pressed) {
        String target = "event.target.closest('[" + attribute + "]')";
        // Every listener's data is evaluated on every click of the block: optional chaining keeps another button's
        // expression from throwing (which would drop the event) when its attribute is not on the target.
        String value = target + "?.getAttribute('" + attribute + "')";
        block.getElement().addEventListener("click", e -> pressed.accept(e.getEventData().get(value).asString()))
                .setFilter(target + " != null").addEventData(value);
    }

    /** A button of the block: Lumo's small tertiary look (plan.css), acting on {@code value}. */
    static void button(Element parent, String attribute, String value, String text, String className) {
        parent.appendElement("button").attr("type", "button").addClass(className).addClass("plan-text-button")
                .attr(attribute, value).text(text);
    }

    /** A small button showing a sign, named for screen readers and on hover by {@code label}. */
    static void iconButton(Element parent, String attribute, String value, String sign, String label, String className) {
        parent.appendElement("button").attr("type", "button").addClass(className).addClass("plan-text-button")
                .attr(attribute, value).attr("title", label).attr("aria-label", label).text(sign);
    }
}
