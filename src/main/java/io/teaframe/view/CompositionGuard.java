package io.teaframe.view;

import org.teavm.jso.JSObject;

/**
 * Tracks whether the user is composing text in one text field with an input method
 * editor (IME), as for Chinese, Japanese or Korean, so that the reconciler does not write
 * the field's {@code value} meanwhile. Assigning {@code value} in the middle of a
 * composition commits or cancels it in the browser, and the user sees the text being
 * composed replaced.
 *
 * <p>A field is composing from {@code compositionstart} to {@code compositionend}. An
 * {@code input} event whose {@code isComposing} flag is true also marks it composing,
 * which covers a guard attached after the composition had started. Only
 * {@code compositionend} clears the mark, because an engine without the
 * {@code isComposing} flag reports false for every input event.
 *
 * <p>The reconciler attaches a guard to an HTML {@code <input>} or {@code <textarea>}
 * that gets a {@code value} property, when its {@code type} attribute is absent or a
 * type the user types text into. The guard's three DOM listeners stay for the
 * element's life and are removed with its other listeners.
 */
final class CompositionGuard {

    static final String COMPOSITION_START = "compositionstart";
    static final String COMPOSITION_END = "compositionend";
    static final String INPUT = "input";

    /** The {@code type} values of an {@code <input>} that takes typed text, in lower case. */
    private static final String[] TEXT_INPUT_TYPES = {"", "text", "search", "url", "tel", "email", "password"};

    /** True between {@code compositionstart} and {@code compositionend}. */
    boolean composing;

    /**
     * True when a {@code value} write was skipped during a composition, so the field may
     * show another value than the last render. The first patch after the composition then
     * compares the rendered value with the field's even when the render did not change it.
     */
    boolean valueSkipped;

    private final DomListener startListener = event -> composing = true;
    private final DomListener endListener = event -> composing = false;
    private final DomListener inputListener;

    private Object startToken;
    private Object endToken;
    private Object inputToken;

    private CompositionGuard(DomPort<?> port) {
        this.inputListener = event -> {
            if (port.isComposing(event)) {
                composing = true;
            }
        };
    }

    /** Registers a new guard's listeners on {@code element} and returns the guard. */
    static <N extends JSObject> CompositionGuard attach(DomPort<N> port, N element) {
        CompositionGuard guard = new CompositionGuard(port);
        guard.startToken = port.addEventListener(element, COMPOSITION_START, guard.startListener);
        guard.endToken = port.addEventListener(element, COMPOSITION_END, guard.endListener);
        guard.inputToken = port.addEventListener(element, INPUT, guard.inputListener);
        return guard;
    }

    /** Removes the guard's listeners from {@code element}, as an unmount of the view does. */
    <N extends JSObject> void detach(DomPort<N> port, N element) {
        port.removeEventListener(element, COMPOSITION_START, startToken);
        port.removeEventListener(element, COMPOSITION_END, endToken);
        port.removeEventListener(element, INPUT, inputToken);
        composing = false;
    }

    /**
     * Returns true when {@code node}, created in {@code namespace}, is a text field whose
     * value the view controls: an HTML {@code <textarea>}, or an {@code <input>} of a text
     * type, with a {@code value} property.
     */
    static boolean needed(String namespace, ElementNode node) {
        if (namespace != null || NamedValues.indexOf(node.properties, "value") < 0) {
            return false;
        }
        if (node.tag.equals("textarea")) {
            return true;
        }
        if (!node.tag.equals("input")) {
            return false;
        }
        String typeValue = (String) NamedValues.valueOf(node.attributes, "type");
        if (typeValue == null) {
            return true;
        }
        String type = UnsafeUrls.asciiLowerCase(typeValue);
        for (String textType : TEXT_INPUT_TYPES) {
            if (textType.equals(type)) {
                return true;
            }
        }
        return false;
    }
}
