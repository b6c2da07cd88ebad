package io.teaframe.view;

import org.teavm.jso.JSObject;

/**
 * The DOM operations the {@link Reconciler} needs, and nothing more. The browser adapter
 * implements them with the DOM API of the same name; JVM tests implement them with an
 * in-memory tree.
 *
 * <p>{@code N} is the adapter's node handle, for example a JSO {@code Node}. The
 * reconciler never inspects a handle; it only passes back what the port returned. It
 * compares trees, not DOM state, so only two methods read: {@link #getProperty}, for
 * the value of a form control that the user may have changed, and {@link #isComposing},
 * for an input event.
 *
 * <p>{@code N} extends {@code JSObject} so that TeaVM stores handles as plain
 * JavaScript values. TeaVM 0.16 wraps a JavaScript object that is stored where Java
 * expects an {@code Object}, and registers each wrapper in a {@code WeakMap} with a
 * {@code WeakRef}. With an unbounded {@code N}, every node that the reconciler creates
 * would be wrapped so. A JVM adapter's node class implements {@code JSObject}, an interface
 * with no abstract method.
 *
 * @param <N> the type of a node handle
 */
public interface DomPort<N extends JSObject> {

    /**
     * Creates a detached element, like {@code document.createElementNS}. {@code namespace}
     * is null for HTML, or {@link Namespaces#SVG} inside an {@code <svg>} element.
     */
    N createElement(String namespace, String tag);

    /** Creates a detached text node with {@code text} as its data. */
    N createText(String text);

    /**
     * Sets an attribute, like {@code Element.setAttribute}. The reconciler has already
     * rejected event-handler attributes and unsafe URLs.
     */
    void setAttribute(N element, String name, String value);

    /** Removes an attribute, like {@code Element.removeAttribute}. */
    void removeAttribute(N element, String name);

    /**
     * Assigns a DOM property, like {@code element[name] = value}. {@code value} is a
     * {@code String}, {@code Boolean}, {@code Integer}, {@code Double} or null, and the
     * adapter converts it to the matching JavaScript value.
     */
    void setProperty(N element, String name, Object value);

    /**
     * Reads a DOM property, like {@code element[name]}. Returns a {@code String} or a
     * {@code Boolean} when the property's value is one, a {@code Double} for a number, and null
     * for anything else. The reconciler reads only {@code value}, {@code checked} and
     * {@code selected}, and only when a render changes one of them, to skip a write of the
     * value the control already shows.
     */
    Object getProperty(N element, String name);

    /**
     * Sets an inline style property, like {@code style.setProperty}. {@code name} is the
     * CSS name in kebab case, such as {@code background-color}.
     */
    void setStyle(N element, String name, String value);

    /** Removes an inline style property, like {@code style.removeProperty}. */
    void removeStyle(N element, String name);

    /**
     * Adds {@code listener} for events of {@code type}, like
     * {@code addEventListener}, and returns a token that identifies the registration.
     * The reconciler passes that token back to {@link #removeEventListener}, so an
     * adapter can return the native function it registered.
     */
    Object addEventListener(N element, String type, DomListener listener);

    /** Removes the registration that {@link #addEventListener} returned {@code token} for. */
    void removeEventListener(N element, String type, Object token);

    /**
     * Returns the {@code isComposing} flag of a native {@code input} event: true while an
     * input method editor (IME) composes text. Returns false when the event has no such
     * flag.
     */
    boolean isComposing(Object domEvent);

    /**
     * Inserts {@code child} into {@code parent} before {@code reference}, or at the end
     * when {@code reference} is null, like {@code Node.insertBefore}. A child that is
     * already in {@code parent} moves.
     */
    void insertBefore(N parent, N child, N reference);

    /** Removes {@code child} from {@code parent}, like {@code Node.removeChild}. */
    void removeChild(N parent, N child);

    /**
     * Sets {@code textContent}: on a text node it replaces the data, and on an element it
     * removes every child (and adds one text node unless {@code text} is empty).
     */
    void setText(N node, String text);

    /**
     * Returns a detached deep copy of {@code node}, like {@code cloneNode(true)}: the
     * element with its attributes, its inline styles and copies of its descendants, but
     * without event listeners. The reconciler clones only elements whose tree sets no DOM
     * property. This default returns null: the port cannot clone, and the reconciler
     * creates every node one by one.
     */
    default N cloneTree(N node) {
        return null;
    }

    /**
     * Returns the first child of {@code node}, like {@code Node.firstChild}. The
     * reconciler calls it only on copies that {@link #cloneTree} returned.
     */
    default N firstChild(N node) {
        throw new UnsupportedOperationException("firstChild is needed only by a port whose cloneTree returns a copy");
    }

    /**
     * Returns the next sibling of {@code node}, like {@code Node.nextSibling}. The
     * reconciler calls it only on copies that {@link #cloneTree} returned.
     */
    default N nextSibling(N node) {
        throw new UnsupportedOperationException("nextSibling is needed only by a port whose cloneTree returns a copy");
    }

    /**
     * Sets {@code innerHTML}. The reconciler calls it only for
     * {@link Html#unsafeRawHtml(String)}, the one way to write markup.
     */
    void setInnerHtml(N element, String html);
}
