package io.teaframe.e2e.scenarios;

import static io.teaframe.view.Html.a;
import static io.teaframe.view.Html.attr;
import static io.teaframe.view.Html.button;
import static io.teaframe.view.Html.children;
import static io.teaframe.view.Html.div;
import static io.teaframe.view.Html.href;
import static io.teaframe.view.Html.input;
import static io.teaframe.view.Html.key;
import static io.teaframe.view.Html.li;
import static io.teaframe.view.Html.on;
import static io.teaframe.view.Html.onEvent;
import static io.teaframe.view.Html.p;
import static io.teaframe.view.Html.span;
import static io.teaframe.view.Html.text;
import static io.teaframe.view.Html.type;
import static io.teaframe.view.Html.ul;
import static io.teaframe.view.Html.value;

import io.teaframe.Frame;
import io.teaframe.FrameError;
import io.teaframe.browser.BrowserDom;
import io.teaframe.browser.BrowserPlatform;
import io.teaframe.port.LogLevel;
import io.teaframe.sub.Query;
import io.teaframe.testkit.RecordingLogger;
import io.teaframe.view.EventType;
import io.teaframe.view.Reconciler;
import io.teaframe.view.VNode;
import java.util.ArrayList;
import java.util.List;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;
import org.teavm.jso.browser.Window;
import org.teavm.jso.dom.events.Event;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLInputElement;
import org.teavm.jso.dom.xml.Node;
import org.teavm.jso.dom.xml.NodeList;

/**
 * The reconciler on the real DOM through {@link BrowserDom}: keyed moves, clicks that
 * dispatch to a frame, text and URLs that must not run script, a controlled input typed
 * into, and unmounting. Each scenario renders into a fresh container at the end of the
 * page and removes it when it finishes.
 */
final class ViewScenarios {

    /** Time given to a frame's queue, and to a failed image load, before a check, in milliseconds. */
    private static final double SETTLE_MILLIS = 100;

    private static final String IMG_PAYLOAD = "<img src=x onerror=window.__xss=1>";
    private static final String SCRIPT_PAYLOAD = "<script>window.__xss=1</script>";

    private ViewScenarios() {
    }

    record Count(int clicks) {
    }

    record Increment() {
    }

    record Clicks() implements Query<Integer> {
    }

    record Edit(String text) {
    }

    record Draft() implements Query<String> {
    }

    /**
     * Checks that keyed updates of a five-item list (reverse, insert and remove in the
     * middle, rotate) leave the items in the new order and keep the DOM node of every key
     * that stays. Each node carries a marker property set after the first render.
     */
    static void keyedList(Outcome outcome) {
        HTMLElement container = newContainer();
        Reconciler<Node> view = Reconciler.create(new BrowserDom(), event -> { }, new RecordingLogger());

        view.mount(container, list("A", "B", "C", "D", "E"));
        Node list = container.getFirstChild();
        for (Node item : childList(list)) {
            setMarker(item, item.getTextContent());
        }

        view.update(list("E", "D", "C", "B", "A"));
        checkItems(outcome, list, "reverse", List.of("E", "D", "C", "B", "A"));

        view.update(list("E", "C", "F", "B", "A"));
        checkItems(outcome, list, "remove D, insert F", List.of("E", "C", "F", "B", "A"));

        view.update(list("C", "F", "B", "A", "E"));
        checkItems(outcome, list, "rotate", List.of("C", "F", "B", "A", "E"));

        outcome.check(container.getFirstChild() == list, "the list element was replaced");
        view.unmount();
        container.delete();
        outcome.finish("reverse, insert, remove and rotate kept every surviving node");
    }

    private static VNode list(String... keys) {
        List<VNode> items = new ArrayList<>();
        for (String itemKey : keys) {
            items.add(li(key(itemKey), text(itemKey)));
        }
        return ul(children(items));
    }

    /**
     * Checks that the list shows {@code expected} in order, and that each item that
     * existed before the first update is the same DOM node: its marker equals its text.
     * F is created by the second update, so it carries no marker.
     */
    private static void checkItems(Outcome outcome, Node list, String step, List<String> expected) {
        List<String> texts = new ArrayList<>();
        List<Node> items = childList(list);
        for (Node item : items) {
            texts.add(item.getTextContent());
        }
        outcome.checkEquals(expected, texts, step + ": items");

        for (Node item : items) {
            String itemText = item.getTextContent();
            String expectedMarker = itemText.equals("F") ? null : itemText;
            outcome.checkEquals(expectedMarker, marker(item), step + ": marker of item " + itemText);
        }
    }

    /**
     * Checks that {@code element.click()} on a rendered button dispatches the button's
     * event value to a frame on the browser platform, and that the re-render from a
     * subscription updates the label and keeps the button's DOM node.
     */
    static void clickDispatches(Outcome outcome) {
        List<FrameError> errors = new ArrayList<>();
        Frame<Count> frame = frame(new Count(0), errors);
        frame.on(Increment.class, (state, e) -> new Count(state.clicks() + 1));
        frame.registerExtractor(Clicks.class, (Count state, Clicks q) -> state.clicks());

        HTMLElement container = newContainer();
        Reconciler<Node> view = Reconciler.create(new BrowserDom(), frame::dispatch, frame.logger());
        view.mount(container, counter(frame.read(new Clicks())));
        frame.subscribe(new Clicks(), clicks -> view.update(counter(clicks)));

        HTMLElement button = container.querySelector("button");
        button.click();
        button.click();

        later(frame, outcome, () -> {
            outcome.checkEquals(2, frame.state().clicks(), "clicks in the state");
            outcome.checkEquals("Clicked 2 times", container.querySelector("span").getTextContent(), "label");
            outcome.check(container.querySelector("button") == button, "the button was recreated");
            outcome.checkEquals(List.of(), errors, "frame errors");
            view.unmount();
            container.delete();
            outcome.finish("two clicks dispatched, the label shows 2");
        });
    }

    /**
     * Checks that the handlers of events dispatched by DOM listeners run in a later task:
     * the state is unchanged when {@code click()} and {@code dispatchEvent()} return, and
     * changed once the frame's queue has run.
     */
    static void viewEventsHandledLater(Outcome outcome) {
        List<FrameError> errors = new ArrayList<>();
        Frame<Count> frame = frame(new Count(0), errors);
        frame.on(Increment.class, (state, e) -> new Count(state.clicks() + 1));

        HTMLElement container = newContainer();
        Reconciler<Node> view = Reconciler.create(new BrowserDom(), frame::dispatch, frame.logger());
        view.mount(container, div(counter(0), input(onEvent(EventType.INPUT,
                (event, dispatcher) -> dispatcher.dispatch(new Increment())))));

        container.querySelector("button").click();
        outcome.checkEquals(0, frame.state().clicks(), "clicks when click() returned");
        dispatchInput(container.querySelector("input"));
        outcome.checkEquals(0, frame.state().clicks(), "clicks when dispatchEvent() returned");

        later(frame, outcome, () -> {
            outcome.checkEquals(2, frame.state().clicks(), "clicks after the queue ran");
            outcome.checkEquals(List.of(), errors, "frame errors");
            view.unmount();
            container.delete();
            outcome.finish("both events were handled after the DOM call returned");
        });
    }

    private static VNode counter(int clicks) {
        return div(button(on(EventType.CLICK, new Increment()), text("+1")),
                span(text("Clicked " + clicks + " times")));
    }

    /**
     * Checks that markup in data stays text, both in a new text node and in one that an
     * update changes, and in an attribute value: no element is created and no payload runs.
     */
    static void markupInDataIsText(Outcome outcome) {
        clearXssFlag();
        HTMLElement container = newContainer();
        Reconciler<Node> view = Reconciler.create(new BrowserDom(), event -> { }, new RecordingLogger());

        view.mount(container, payloads(IMG_PAYLOAD, SCRIPT_PAYLOAD));
        checkPayloadText(outcome, container, "mount", IMG_PAYLOAD, SCRIPT_PAYLOAD);

        // Swapping the payloads changes the existing text nodes instead of creating new ones.
        view.update(payloads(SCRIPT_PAYLOAD, IMG_PAYLOAD));
        checkPayloadText(outcome, container, "update", SCRIPT_PAYLOAD, IMG_PAYLOAD);

        // A failed image load and its onerror would run in a later task, so wait before checking.
        later(outcome, () -> {
            outcome.check(isXssFlagUnset(), "a payload ran: window.__xss is set");
            view.unmount();
            container.delete();
            outcome.finish("both payloads shown as text; none ran");
        });
    }

    private static VNode payloads(String first, String second) {
        return div(p(text(first)), p(text(second)), p(attr("title", first), text("in an attribute")));
    }

    private static void checkPayloadText(Outcome outcome, HTMLElement container, String step,
            String first, String second) {
        outcome.checkEquals(0, container.querySelectorAll("img, script").getLength(), step + ": elements made from data");
        List<Node> paragraphs = childList(container.getFirstChild());
        outcome.checkEquals(3, paragraphs.size(), step + ": paragraphs");
        if (paragraphs.size() != 3) {
            return;
        }
        String[] texts = {first, second};
        for (int i = 0; i < texts.length; i++) {
            Node paragraph = paragraphs.get(i);
            outcome.checkEquals(texts[i], paragraph.getTextContent(), step + ": text of paragraph " + i);
            outcome.checkEquals(1, paragraph.getChildNodes().getLength(), step + ": children of paragraph " + i);
            outcome.checkEquals((int) Node.TEXT_NODE, (int) paragraph.getFirstChild().getNodeType(),
                    step + ": node type of the child of paragraph " + i);
        }
        outcome.checkEquals(first, ((HTMLElement) paragraphs.get(2)).getAttribute("title"), step + ": title attribute");
    }

    /**
     * Checks that {@code javascript:} URLs, in mixed case and after spaces or a tab, are not
     * written as {@code href} and are logged as warnings, that an https URL is written,
     * and that an update to a blocked URL removes the link's old {@code href}.
     */
    static void javascriptLinkBlocked(Outcome outcome) {
        clearXssFlag();
        HTMLElement container = newContainer();
        RecordingLogger logger = new RecordingLogger();
        Reconciler<Node> view = Reconciler.create(new BrowserDom(), event -> { }, logger);
        String safe = "https://127.0.0.1/help";
        String mixedCase = "  JaVaScRiPt:window.__xss=1";
        String withTab = "\tjava\tscript:window.__xss=1";

        view.mount(container, links(mixedCase, withTab, safe));
        HTMLElement mixedCaseLink = container.querySelector("#mixed-case");
        HTMLElement tabLink = container.querySelector("#with-tab");
        HTMLElement safeLink = container.querySelector("#safe");
        outcome.check(!mixedCaseLink.hasAttribute("href"), "the mixed-case javascript: URL was written");
        outcome.check(!tabLink.hasAttribute("href"), "the javascript: URL with tabs was written");
        outcome.checkEquals(safe, safeLink.getAttribute("href"), "href of the https link");
        outcome.checkEquals(2, logger.messages(LogLevel.WARN).size(), "warnings after mount");

        // A user's click on a neutralised link must do nothing.
        mixedCaseLink.click();

        // The safe link turns unsafe: its old href must go, not stay in place.
        view.update(links(mixedCase, withTab, mixedCase));
        outcome.check(!safeLink.hasAttribute("href"), "the old href stayed after a javascript: update");
        outcome.checkEquals(3, logger.messages(LogLevel.WARN).size(), "warnings after the update");

        later(outcome, () -> {
            outcome.check(isXssFlagUnset(), "a javascript: URL ran: window.__xss is set");
            view.unmount();
            container.delete();
            outcome.finish("javascript: URLs not written; warnings " + logger.messages(LogLevel.WARN));
        });
    }

    private static VNode links(String mixedCase, String withTab, String safe) {
        return div(a(attr("id", "mixed-case"), href(mixedCase), text("mixed case")),
                a(attr("id", "with-tab"), href(withTab), text("with tab")),
                a(attr("id", "safe"), href(safe), text("safe")));
    }

    /**
     * Checks a controlled input typed into in the middle of its text: the edit reaches the
     * state through the frame's queue, the re-render brings the same text, and the caret
     * stays where the user left it. Then a state value that differs from what the input
     * shows is written.
     */
    static void controlledInputKeepsCaret(Outcome outcome) {
        List<FrameError> errors = new ArrayList<>();
        Frame<String> frame = frame("hello world", errors);
        frame.on(Edit.class, (state, e) -> e.text());
        frame.registerExtractor(Draft.class, (String state, Draft q) -> state);

        HTMLElement container = newContainer();
        Reconciler<Node> view = Reconciler.create(new BrowserDom(), frame::dispatch, frame.logger());
        view.mount(container, textField(frame.read(new Draft())));
        HTMLInputElement field = (HTMLInputElement) container.querySelector("input");
        outcome.checkEquals("hello world", field.getValue(), "value after mount");

        // Record the caret right after each re-render, before anything else can move it.
        List<String> carets = new ArrayList<>();
        frame.subscribe(new Draft(), draft -> {
            view.update(textField(draft));
            carets.add(draft + " " + selectionStart(field) + "-" + selectionEnd(field));
        });

        // Type "," after "hello" as a browser does: new value, caret after the comma, input event.
        field.focus();
        field.setValue("hello, world");
        setSelectionRange(field, 6, 6);
        dispatchInput(field);

        later(frame, outcome, () -> {
            outcome.checkEquals("hello, world", frame.state(), "state after the edit");
            outcome.checkEquals(List.of("hello, world 6-6"), carets, "caret after the re-render");
            outcome.checkEquals("hello, world", field.getValue(), "value after the re-render");

            frame.dispatch(new Edit("goodbye"));
            later(frame, outcome, () -> {
                outcome.checkEquals("goodbye", field.getValue(), "value after a different state");

                // A write that changes the value moves the caret to the end, so the first check could fail.
                outcome.checkEquals(List.of("hello, world 6-6", "goodbye 7-7"), carets, "carets after both re-renders");
                outcome.check(container.querySelector("input") == field, "the input was recreated");
                outcome.checkEquals(List.of(), errors, "frame errors");
                view.unmount();
                container.delete();
                outcome.finish("caret stayed at 6 after the re-render; a new state value was written: " + carets);
            });
        });
    }

    private static VNode textField(String draft) {
        return input(type("text"), value(draft),
                onEvent(EventType.INPUT, (event, dispatcher) -> dispatcher.dispatch(new Edit(targetValue(event)))));
    }

    private static String targetValue(Object domEvent) {
        return ((HTMLInputElement) ((Event) domEvent).getTarget()).getValue();
    }

    /**
     * Checks that unmounting empties the container and removes the listeners: a click on
     * the detached button dispatches nothing.
     */
    static void unmountEmptiesContainer(Outcome outcome) {
        List<FrameError> errors = new ArrayList<>();
        Frame<Count> frame = frame(new Count(0), errors);
        frame.on(Increment.class, (state, e) -> new Count(state.clicks() + 1));

        HTMLElement container = newContainer();
        Reconciler<Node> view = Reconciler.create(new BrowserDom(), frame::dispatch, frame.logger());
        view.mount(container, counter(0));
        HTMLElement button = container.querySelector("button");
        button.click();

        view.unmount();
        outcome.checkEquals(0, container.getChildNodes().getLength(), "nodes left in the container");
        outcome.check(!view.isMounted(), "the reconciler still reports mounted");
        button.click();

        later(frame, outcome, () -> {
            outcome.checkEquals(1, frame.state().clicks(), "clicks (one before unmount, none after)");
            outcome.checkEquals(List.of(), errors, "frame errors");
            container.delete();
            outcome.finish("container empty; the detached button dispatched nothing");
        });
    }

    // Helpers.

    private static <S> Frame<S> frame(S initial, List<FrameError> errors) {
        Frame<S> frame = Frame.create(initial, BrowserPlatform.create(LogLevel.OFF));
        frame.setErrorHandler(errors::add);
        return frame;
    }

    private static void later(Frame<?> frame, Outcome outcome, Runnable check) {
        frame.platform().scheduler().timeout(SETTLE_MILLIS, outcome.guard(check));
    }

    private static void later(Outcome outcome, Runnable check) {
        Window.setTimeout(outcome.guard(check)::run, SETTLE_MILLIS);
    }

    private static HTMLElement newContainer() {
        HTMLDocument document = HTMLDocument.current();
        HTMLElement container = document.createElement("div");
        document.getBody().appendChild(container);
        return container;
    }

    private static List<Node> childList(Node parent) {
        NodeList<Node> nodes = parent.getChildNodes();
        List<Node> result = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            result.add(nodes.item(i));
        }
        return result;
    }

    @JSBody(params = {"node", "mark"}, script = "node.__teaframeMarker = mark;")
    private static native void setMarker(JSObject node, String mark);

    @JSBody(params = "node", script = "return node.__teaframeMarker === undefined ? null : node.__teaframeMarker;")
    private static native String marker(JSObject node);

    @JSBody(script = "delete window.__xss;")
    private static native void clearXssFlag();

    @JSBody(script = "return typeof window.__xss === 'undefined';")
    private static native boolean isXssFlagUnset();

    @JSBody(params = {"input", "start", "end"}, script = "input.setSelectionRange(start, end);")
    private static native void setSelectionRange(JSObject input, int start, int end);

    @JSBody(params = "input", script = "return input.selectionStart;")
    private static native int selectionStart(JSObject input);

    @JSBody(params = "input", script = "return input.selectionEnd;")
    private static native int selectionEnd(JSObject input);

    @JSBody(params = "target", script = "target.dispatchEvent(new Event('input', {bubbles: true}));")
    private static native void dispatchInput(JSObject target);
}
