package io.teaframe.e2e.scenarios;

import static io.teaframe.view.Html.attr;
import static io.teaframe.view.Html.checked;
import static io.teaframe.view.Html.children;
import static io.teaframe.view.Html.div;
import static io.teaframe.view.Html.input;
import static io.teaframe.view.Html.name;
import static io.teaframe.view.Html.on;
import static io.teaframe.view.Html.onEvent;
import static io.teaframe.view.Html.option;
import static io.teaframe.view.Html.select;
import static io.teaframe.view.Html.span;
import static io.teaframe.view.Html.text;
import static io.teaframe.view.Html.textarea;
import static io.teaframe.view.Html.type;
import static io.teaframe.view.Html.value;

import io.teaframe.Frame;
import io.teaframe.FrameError;
import io.teaframe.browser.BrowserDom;
import io.teaframe.browser.BrowserPlatform;
import io.teaframe.port.LogLevel;
import io.teaframe.sub.Query;
import io.teaframe.view.DomListener;
import io.teaframe.view.DomPort;
import io.teaframe.view.EventType;
import io.teaframe.view.Reconciler;
import io.teaframe.view.VNode;
import java.util.ArrayList;
import java.util.List;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;
import org.teavm.jso.dom.events.Event;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLInputElement;
import org.teavm.jso.dom.html.HTMLSelectElement;
import org.teavm.jso.dom.html.HTMLTextAreaElement;
import org.teavm.jso.dom.xml.Node;

/**
 * Controlled form controls on the real DOM: a checkbox, a radio group, a select, a
 * textarea typed into, and a text field an IME composes in. The user's part is played
 * with {@code click()}, value assignments and dispatched events. Every scenario renders
 * through a {@link PropertyWriteLog}, so it can check which property writes reached the
 * DOM, and renders again from a subscription as an app does.
 */
final class FormScenarios {

    /** Time given to a frame's queue before a check, in milliseconds. */
    private static final double SETTLE_MILLIS = 100;

    private FormScenarios() {
    }

    record Toggle() {
    }

    record Pick(String choice) {
    }

    record Edit(String text) {
    }

    /** Changes nothing the fields show, so that the view renders again with equal values. */
    record Touch() {
    }

    record CurrentForm() implements Query<Form> {
    }

    /** The state of every scenario: a text or choice, a flag, and a count of {@link Touch} events. */
    record Form(String text, boolean flag, int touches) {

        Form withText(String newText) {
            return new Form(newText, flag, touches);
        }

        Form withFlag(boolean newFlag) {
            return new Form(text, newFlag, touches);
        }

        Form touched() {
            return new Form(text, flag, touches + 1);
        }
    }

    /**
     * Checks a checkbox bound to a boolean: a user's click dispatches an event that sets
     * the state, the re-render finds the box already checked and writes nothing, and a
     * state of false from elsewhere unchecks it.
     */
    static void checkbox(Outcome outcome) {
        Fixture fixture = new Fixture(new Form("", false, 0), outcome);
        fixture.mount(state -> input(type("checkbox"), checked(state.flag()), on(EventType.CHANGE, new Toggle())));
        HTMLInputElement box = (HTMLInputElement) fixture.container.querySelector("input");
        outcome.check(!box.isChecked(), "the box is checked after mounting with false");

        box.click();

        fixture.later(() -> {
            outcome.checkEquals(true, fixture.frame.state().flag(), "state after the click");
            outcome.check(box.isChecked(), "the box is not checked after the click");
            outcome.checkEquals(List.of(), fixture.writes.writes(), "property writes after the click");

            fixture.frame.dispatch(new Toggle());
            fixture.later(() -> {
                outcome.checkEquals(false, fixture.frame.state().flag(), "state after the second toggle");
                outcome.check(!box.isChecked(), "the box is still checked after the state turned false");
                outcome.checkEquals(List.of("checked false"), fixture.writes.writes(), "property writes");
                fixture.finish("a click set the state to true; a state of false unchecked the box");
            });
        });
    }

    /**
     * Checks a radio group bound to a string: the state's choice is the checked radio, a
     * click on another one dispatches its choice, and a choice set by the app moves the
     * check back.
     */
    static void radioGroup(Outcome outcome) {
        Fixture fixture = new Fixture(new Form("green", false, 0), outcome);
        fixture.mount(state -> {
            List<VNode> radios = new ArrayList<>();
            for (String color : List.of("red", "green", "blue")) {
                radios.add(input(type("radio"), name("color"), attr("id", color), value(color),
                        checked(color.equals(state.text())), on(EventType.CHANGE, new Pick(color))));
            }
            return div(children(radios));
        });
        outcome.checkEquals("green", checkedRadio(fixture.container), "checked radio after mount");

        ((HTMLInputElement) fixture.container.querySelector("#blue")).click();

        fixture.later(() -> {
            outcome.checkEquals("blue", fixture.frame.state().text(), "state after clicking blue");
            outcome.checkEquals("blue", checkedRadio(fixture.container), "checked radio after clicking blue");
            outcome.checkEquals(List.of(), fixture.writes.writes(), "property writes after the click");

            fixture.frame.dispatch(new Pick("red"));
            fixture.later(() -> {
                outcome.checkEquals("red", checkedRadio(fixture.container), "checked radio after the state chose red");

                // Checking red unchecks blue in the browser, so the render finds blue as it should be.
                outcome.checkEquals(List.of("checked true"), fixture.writes.writes(), "property writes");
                fixture.finish("the state's choice is checked, in both directions");
            });
        });
    }

    private static String checkedRadio(HTMLElement container) {
        List<String> checkedIds = new ArrayList<>();
        for (String color : List.of("red", "green", "blue")) {
            if (((HTMLInputElement) container.querySelector("#" + color)).isChecked()) {
                checkedIds.add(color);
            }
        }
        return String.join(",", checkedIds);
    }

    /**
     * Checks a select bound to a string: the state's value selects its option when the
     * options are created in the same render, and again when a render adds the option it
     * selects. A user's choice dispatches the option's value.
     */
    static void selectBox(Outcome outcome) {
        Fixture fixture = new Fixture(new Form("b", false, 0), outcome);
        fixture.mount(state -> {
            List<VNode> options = new ArrayList<>();
            for (String choice : List.of("a", "b", "c", "d")) {
                // The option "d" exists only while the state selects it.
                if (!choice.equals("d") || state.text().equals("d")) {
                    options.add(option(value(choice), text("Option " + choice)));
                }
            }
            return select(value(state.text()), children(options),
                    onEvent(EventType.CHANGE, (event, dispatcher) -> dispatcher.dispatch(new Pick(selectValue(event)))));
        });
        HTMLSelectElement box = (HTMLSelectElement) fixture.container.querySelector("select");
        outcome.checkEquals("b", box.getValue(), "value after mount");
        outcome.checkEquals(1, box.getSelectedIndex(), "selected index after mount");

        fixture.frame.dispatch(new Pick("d"));
        fixture.later(() -> {
            outcome.checkEquals("d", box.getValue(), "value after a render added the option d");
            outcome.checkEquals(3, box.getSelectedIndex(), "selected index of d");

            box.setSelectedIndex(2);
            dispatchChange(box);
            fixture.later(() -> {
                outcome.checkEquals("c", fixture.frame.state().text(), "state after the user chose c");
                outcome.checkEquals("c", box.getValue(), "value after the user chose c");
                outcome.checkEquals(3, box.getOptions().getLength(), "options after d went away");
                fixture.finish("mount, an added option and a user's choice all select the right option; writes "
                        + fixture.writes.writes());
            });
        });
    }

    private static String selectValue(Object domEvent) {
        return ((HTMLSelectElement) ((Event) domEvent).getTarget()).getValue();
    }

    /**
     * Checks a controlled textarea edited in the middle of its text with a selection: the
     * edit reaches the state, the re-render writes no {@code value} because the textarea
     * already shows it, and the selection stays. A different state value is then written.
     */
    static void textareaKeepsSelection(Outcome outcome) {
        Fixture fixture = new Fixture(new Form("line one\nline two", false, 0), outcome);
        fixture.mount(state -> textarea(value(state.text()),
                onEvent(EventType.INPUT, (event, dispatcher) -> dispatcher.dispatch(new Edit(textareaValue(event))))));
        HTMLTextAreaElement area = (HTMLTextAreaElement) fixture.container.querySelector("textarea");

        // Insert "the " before "two" and select "the", as a user who typed and then selected back.
        area.focus();
        area.setValue("line one\nline the two");
        setSelectionRange(area, 14, 17);
        dispatchInput(area);

        fixture.later(() -> {
            outcome.checkEquals("line one\nline the two", fixture.frame.state().text(), "state after the edit");
            outcome.checkEquals("14-17", selection(area), "selection after the re-render");
            outcome.checkEquals(List.of(), fixture.writes.writes(), "property writes after the edit");

            fixture.frame.dispatch(new Edit("replaced"));
            fixture.later(() -> {
                outcome.checkEquals("replaced", area.getValue(), "value after a different state");
                outcome.checkEquals(List.of("value replaced"), fixture.writes.writes(), "property writes");
                fixture.finish("the selection stayed at 14-17 and no value was written until the state differed");
            });
        });
    }

    private static String textareaValue(Object domEvent) {
        return ((HTMLTextAreaElement) ((Event) domEvent).getTarget()).getValue();
    }

    /**
     * Checks a text field during an IME composition: after {@code compositionstart}
     * neither the user's own edit nor a different value from the app is written, so the
     * text being composed stays. After {@code compositionend}, the next render writes the
     * state's value. The input event carries {@code isComposing}, as browsers send it.
     */
    static void imeComposition(Outcome outcome) {
        Fixture fixture = new Fixture(new Form("", false, 0), outcome);
        fixture.mount(state -> div(
                input(type("text"), value(state.text()),
                        onEvent(EventType.INPUT, (event, dispatcher) -> dispatcher.dispatch(new Edit(inputValue(event))))),
                span(text("touched " + state.touches()))));
        HTMLInputElement field = (HTMLInputElement) fixture.container.querySelector("input");

        field.focus();
        dispatchComposition(field, "compositionstart", "");
        field.setValue("にほ");
        setSelectionRange(field, 2, 2);
        dispatchComposingInput(field, "にほ");

        fixture.later(() -> {
            outcome.checkEquals("にほ", fixture.frame.state().text(), "state after the composing input event");

            // The app changes the value while the user still composes.
            fixture.frame.dispatch(new Edit("from the app"));
            fixture.later(() -> {
                outcome.checkEquals("from the app", fixture.frame.state().text(), "state after the app's edit");
                outcome.checkEquals("にほ", field.getValue(), "value while composing");
                outcome.checkEquals("2-2", selection(field), "caret while composing");
                outcome.checkEquals(List.of(), fixture.writes.writes(), "property writes while composing");

                dispatchComposition(field, "compositionend", "にほ");
                fixture.frame.dispatch(new Touch());
                fixture.later(() -> {
                    outcome.checkEquals("from the app", field.getValue(), "value after compositionend and a render");
                    outcome.checkEquals(List.of("value from the app"), fixture.writes.writes(), "property writes");
                    fixture.finish("no value written while composing; the state's value applied after compositionend");
                });
            });
        });
    }

    private static String inputValue(Object domEvent) {
        return ((HTMLInputElement) ((Event) domEvent).getTarget()).getValue();
    }

    private static String selection(JSObject field) {
        return selectionStart(field) + "-" + selectionEnd(field);
    }

    /** Renders a {@link Form} into a node tree. */
    interface FormView {

        VNode render(Form state);
    }

    /**
     * A frame on the browser platform, a reconciler in a fresh container at the end of
     * the page, and a subscription that renders the whole form again after each change.
     */
    private static final class Fixture {

        final Frame<Form> frame;
        final HTMLElement container;
        final PropertyWriteLog writes = new PropertyWriteLog(new BrowserDom());
        private final Outcome outcome;
        private final List<FrameError> errors = new ArrayList<>();
        private Reconciler<Node> view;

        Fixture(Form initial, Outcome outcome) {
            this.outcome = outcome;
            frame = Frame.create(initial, BrowserPlatform.create(LogLevel.OFF));
            frame.setErrorHandler(errors::add);
            frame.on(Toggle.class, (state, e) -> state.withFlag(!state.flag()));
            frame.on(Pick.class, (state, e) -> state.withText(e.choice()));
            frame.on(Edit.class, (state, e) -> state.withText(e.text()));
            frame.on(Touch.class, (state, e) -> state.touched());
            frame.registerExtractor(CurrentForm.class, (Form state, CurrentForm query) -> state);

            HTMLDocument document = HTMLDocument.current();
            container = document.createElement("div");
            document.getBody().appendChild(container);
        }

        /** Mounts the view and starts re-rendering it on every state change. */
        void mount(FormView render) {
            view = Reconciler.create(writes, frame::dispatch, frame.logger());
            view.mount(container, render.render(frame.state()));
            writes.clear();
            frame.subscribe(new CurrentForm(), state -> view.update(render.render(state)));
        }

        /** Runs {@code check} once the frame's queue has run. */
        void later(Runnable check) {
            frame.platform().scheduler().timeout(SETTLE_MILLIS, outcome.guard(check));
        }

        void finish(String summary) {
            outcome.checkEquals(List.of(), errors, "frame errors");
            view.unmount();
            container.delete();
            outcome.finish(summary);
        }
    }

    /**
     * A port that passes every call to the browser's and records each property write as
     * {@code "name value"}, so a scenario can check which writes reached the DOM.
     */
    static final class PropertyWriteLog implements DomPort<Node> {

        private final DomPort<Node> dom;
        private final List<String> writes = new ArrayList<>();

        PropertyWriteLog(DomPort<Node> dom) {
            this.dom = dom;
        }

        /** Returns the writes since the last call, and clears the list. */
        List<String> writes() {
            List<String> result = new ArrayList<>(writes);
            writes.clear();
            return result;
        }

        void clear() {
            writes.clear();
        }

        @Override
        public void setProperty(Node element, String name, Object value) {
            writes.add(name + " " + value);
            dom.setProperty(element, name, value);
        }

        @Override
        public Node createElement(String namespace, String tag) {
            return dom.createElement(namespace, tag);
        }

        @Override
        public Node createText(String text) {
            return dom.createText(text);
        }

        @Override
        public void setAttribute(Node element, String name, String value) {
            dom.setAttribute(element, name, value);
        }

        @Override
        public void removeAttribute(Node element, String name) {
            dom.removeAttribute(element, name);
        }

        @Override
        public Object getProperty(Node element, String name) {
            return dom.getProperty(element, name);
        }

        @Override
        public void setStyle(Node element, String name, String value) {
            dom.setStyle(element, name, value);
        }

        @Override
        public void removeStyle(Node element, String name) {
            dom.removeStyle(element, name);
        }

        @Override
        public Object addEventListener(Node element, String type, DomListener listener) {
            return dom.addEventListener(element, type, listener);
        }

        @Override
        public void removeEventListener(Node element, String type, Object token) {
            dom.removeEventListener(element, type, token);
        }

        @Override
        public boolean isComposing(Object domEvent) {
            return dom.isComposing(domEvent);
        }

        @Override
        public void insertBefore(Node parent, Node child, Node reference) {
            dom.insertBefore(parent, child, reference);
        }

        @Override
        public void removeChild(Node parent, Node child) {
            dom.removeChild(parent, child);
        }

        @Override
        public void setText(Node node, String text) {
            dom.setText(node, text);
        }

        @Override
        public void setInnerHtml(Node element, String html) {
            dom.setInnerHtml(element, html);
        }
    }

    @JSBody(params = {"field", "start", "end"}, script = "field.setSelectionRange(start, end);")
    private static native void setSelectionRange(JSObject field, int start, int end);

    @JSBody(params = "field", script = "return field.selectionStart;")
    private static native int selectionStart(JSObject field);

    @JSBody(params = "field", script = "return field.selectionEnd;")
    private static native int selectionEnd(JSObject field);

    @JSBody(params = "target", script = "target.dispatchEvent(new Event('input', {bubbles: true}));")
    private static native void dispatchInput(JSObject target);

    @JSBody(params = "target", script = "target.dispatchEvent(new Event('change', {bubbles: true}));")
    private static native void dispatchChange(JSObject target);

    @JSBody(params = {"target", "type", "data"},
            script = "target.dispatchEvent(new CompositionEvent(type, {bubbles: true, data: data}));")
    private static native void dispatchComposition(JSObject target, String type, String data);

    @JSBody(params = {"target", "data"}, script = "target.dispatchEvent(new InputEvent('input',"
            + " {bubbles: true, data: data, inputType: 'insertCompositionText', isComposing: true}));")
    private static native void dispatchComposingInput(JSObject target, String data);
}
