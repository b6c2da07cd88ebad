package io.teaframe.view;

import static io.teaframe.view.Html.attr;
import static io.teaframe.view.Html.checked;
import static io.teaframe.view.Html.div;
import static io.teaframe.view.Html.input;
import static io.teaframe.view.Html.on;
import static io.teaframe.view.Html.option;
import static io.teaframe.view.Html.select;
import static io.teaframe.view.Html.text;
import static io.teaframe.view.Html.textarea;
import static io.teaframe.view.Html.type;
import static io.teaframe.view.Html.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Controlled form controls: a value the control already shows is not written again, and
 * a text field's value is not written while an IME composes text in it. The tests play
 * the user by changing the fake DOM's properties and firing events directly.
 */
class FormControlTest {

    private static VNode field(String value) {
        return input(type("text"), value(value), on(EventType.INPUT, "typed"));
    }

    /** Changes the field's value as typing does, without a port call. */
    private static void typeInto(Harness h, String value) {
        h.root().properties.put("value", value);
    }

    @Test
    void valueTheFieldShowsIsNotWritten() {
        Harness h = new Harness().mount(field("hello world"));
        typeInto(h, "hello, world");

        h.update(field("hello, world"));

        assertEquals(List.of("getProperty input value"), h.dom.calls);
    }

    @Test
    void valueTheFieldDoesNotShowIsWritten() {
        Harness h = new Harness().mount(field("hello world"));
        typeInto(h, "hello, world");

        h.update(field("goodbye"));

        assertEquals(List.of("getProperty input value", "setProperty input value goodbye"), h.dom.calls);
        assertEquals("goodbye", h.root().properties.get("value"));
    }

    @Test
    void textareaValueTheFieldShowsIsNotWritten() {
        Harness h = new Harness().mount(textarea(value("line one")));
        typeInto(h, "line one\nline two");

        h.update(textarea(value("line one\nline two")));

        assertEquals(List.of("getProperty textarea value"), h.dom.calls);
    }

    @Test
    void clickedCheckboxIsNotWrittenAgain() {
        Harness h = new Harness().mount(input(type("checkbox"), checked(false)));
        h.root().properties.put("checked", Boolean.TRUE);

        h.update(input(type("checkbox"), checked(true)));

        assertEquals(List.of("getProperty input checked"), h.dom.calls);
    }

    @Test
    void stateFalseUnchecksCheckbox() {
        Harness h = new Harness().mount(input(type("checkbox"), checked(true)));

        h.update(input(type("checkbox"), checked(false)));

        assertEquals(List.of("getProperty input checked", "setProperty input checked false"), h.dom.calls);
    }

    @Test
    void selectValueComparedAfterNewOptions() {
        Harness h = new Harness().mount(select(value("a"), option(value("a"), text("A"))));

        h.update(select(value("b"), option(value("a"), text("A")), option(value("b"), text("B"))));

        int lastOption = h.dom.calls.lastIndexOf("insertBefore select option null");
        int read = h.dom.calls.indexOf("getProperty select value");
        assertTrue(lastOption >= 0, "option appended: " + h.dom.calls);
        assertTrue(read > lastOption, "value read after the options: " + h.dom.calls);
        assertEquals("b", h.root().properties.get("value"));
    }

    @Test
    void valueNotWrittenWhileComposing() {
        Harness h = new Harness().mount(field("ni"));
        h.dom.fire(h.root(), "compositionstart", null);
        typeInto(h, "nih");

        h.update(field("from the server"));

        assertEquals(0, h.dom.count("setProperty"));
        assertEquals(0, h.dom.count("getProperty"));
        assertEquals("nih", h.root().properties.get("value"));
    }

    @Test
    void composingInputEventAloneBlocksWrite() {
        Harness h = new Harness().mount(field("ni"));
        typeInto(h, "nih");
        h.dom.fire(h.root(), "input", new FakeDom.InputEvent(true));

        h.update(field("from the server"));

        assertEquals(0, h.dom.count("setProperty"));
        assertEquals("nih", h.root().properties.get("value"));
    }

    @Test
    void plainInputEventDoesNotEndComposition() {
        Harness h = new Harness().mount(field("ni"));
        h.dom.fire(h.root(), "compositionstart", null);
        h.dom.fire(h.root(), "input", new FakeDom.InputEvent(false));

        h.update(field("from the server"));

        assertEquals(0, h.dom.count("setProperty"));
    }

    @Test
    void otherChangesWrittenWhileComposing() {
        Harness h = new Harness().mount(field("ni"));
        h.dom.fire(h.root(), "compositionstart", null);

        h.update(input(type("text"), value("from the server"), attr("title", "busy"), on(EventType.INPUT, "typed")));

        assertEquals(List.of("setAttribute input title busy"), h.dom.calls);
    }

    @Test
    void skippedValueAppliedAfterCompositionEnd() {
        Harness h = new Harness().mount(field("ni"));
        h.dom.fire(h.root(), "compositionstart", null);
        typeInto(h, "日本");
        h.update(field("from the server"));
        h.dom.fire(h.root(), "compositionend", null);
        h.dom.clearCalls();

        h.update(field("from the server"));

        assertEquals(List.of("getProperty input value", "setProperty input value from the server"), h.dom.calls);
        assertEquals("from the server", h.root().properties.get("value"));
    }

    @Test
    void catchUpHappensOnce() {
        Harness h = new Harness().mount(field("ni"));
        h.dom.fire(h.root(), "compositionstart", null);
        h.update(field("from the server"));
        h.dom.fire(h.root(), "compositionend", null);
        h.update(field("from the server"));
        h.dom.clearCalls();

        h.update(field("from the server"));

        assertEquals(List.of(), h.dom.calls);
    }

    @Test
    void composedTextEqualToStateIsKept() {
        Harness h = new Harness().mount(field("ni"));
        h.dom.fire(h.root(), "compositionstart", null);
        typeInto(h, "日本");
        h.update(field("にほん"));
        h.dom.fire(h.root(), "compositionend", null);
        h.dom.clearCalls();

        h.update(field("日本"));

        assertEquals(List.of("getProperty input value"), h.dom.calls);
        assertEquals("日本", h.root().properties.get("value"));
    }

    @Test
    void newValueAfterCompositionWrittenOnce() {
        Harness h = new Harness().mount(field("ni"));
        h.dom.fire(h.root(), "compositionstart", null);
        h.update(field("from the server"));
        h.dom.fire(h.root(), "compositionend", null);
        h.dom.clearCalls();

        h.update(field("newer"));

        assertEquals(List.of("getProperty input value", "setProperty input value newer"), h.dom.calls);
    }

    @Test
    void guardOnlyOnControlledTextFields() {
        Harness h = new Harness().mount(div(
                input(type("text"), value("a")),
                input(value("b")),
                textarea(value("c")),
                input(type("checkbox"), value("on")),
                input(type("text")),
                div(value("d"))));

        long guarded = h.dom.created.stream()
                .filter(node -> node.listeners.stream().anyMatch(r -> r.type().equals("compositionstart")))
                .count();
        assertEquals(3, guarded, "guarded fields");
        assertEquals(9, h.dom.registeredListeners(), "listeners, three per guarded field");
    }

    @Test
    void guardAddedWhenValueAppears() {
        Harness h = new Harness().mount(input(type("text")));

        h.update(input(type("text"), value("a")));

        assertEquals(List.of("addEventListener input compositionstart", "addEventListener input compositionend",
                "addEventListener input input", "getProperty input value", "setProperty input value a"), h.dom.calls);
    }

    @Test
    void unmountRemovesGuardListeners() {
        Harness h = new Harness().mount(div(field("a"), textarea(value("b"))));

        h.reconciler.unmount();

        assertEquals(0, h.dom.registeredListeners());
        assertEquals(7, h.dom.count("removeEventListener"));
    }

    @Test
    void newFieldWritesWithoutReading() {
        Harness h = new Harness();

        h.reconciler.mount(h.container, field("a"));

        assertEquals(0, h.dom.count("getProperty"));
        assertEquals("a", h.root().properties.get("value"));
        assertNull(h.root().attributes.get("value"));
    }
}
