package io.teaframe.view;

import io.teaframe.port.Logger;
import org.teavm.jso.JSObject;

/**
 * Writes and updates what an element carries besides its children: attributes, the
 * class attribute, inline styles, event listeners and DOM properties. Every write goes
 * through the {@link DomPort}, and URL values pass {@link UnsafeUrls} first.
 *
 * <p>Each diff compares the new {@link ElementNode} with the one rendered last, never
 * with the DOM. In almost every view an element keeps the same names in the same order
 * from render to render. So each diff first compares values position by position, and
 * searches by name only when the names differ.
 */
final class ElementDiff<N extends JSObject> {

    private static final ListenerSlot[] NO_SLOTS = new ListenerSlot[0];

    private final DomPort<N> port;
    private final Dispatcher dispatcher;
    private final Logger logger;

    ElementDiff(DomPort<N> port, Dispatcher dispatcher, Logger logger) {
        this.port = port;
        this.dispatcher = dispatcher;
        this.logger = logger;
    }

    /** Writes the attributes, classes, styles and listeners of a new element. */
    void writeAll(Mounted<N> mounted, ElementNode node) {
        N element = mounted.node;
        Object[] attributes = node.attributes;
        for (int i = 0; i < attributes.length; i += 2) {
            writeAttribute(element, node.tag, (String) attributes[i], (String) attributes[i + 1]);
        }
        if (node.classes != null) {
            port.setAttribute(element, "class", node.classes);
        }
        Object[] styles = node.styles;
        for (int i = 0; i < styles.length; i += 2) {
            port.setStyle(element, (String) styles[i], (String) styles[i + 1]);
        }

        ListenerSlot last = null;
        for (Parts.Listener listener : node.listeners) {
            ListenerSlot slot = addListener(element, listener);
            if (last == null) {
                mounted.firstSlot = slot;
            } else {
                last.next = slot;
            }
            last = slot;
        }

        if (CompositionGuard.needed(mounted.namespace, node)) {
            mounted.composition = CompositionGuard.attach(port, element);
        }
    }

    /**
     * Writes the properties of a new element. The renderer calls this after the children
     * exist, because a {@code <select>}'s {@code value} selects among its options.
     */
    void writeProperties(N element, ElementNode node) {
        Object[] properties = node.properties;
        for (int i = 0; i < properties.length; i += 2) {
            writeProperty(element, node.tag, (String) properties[i], properties[i + 1]);
        }
    }

    /** Updates the attributes, classes, styles and listeners from {@code old} to {@code next}. */
    void patch(Mounted<N> mounted, ElementNode old, ElementNode next) {
        N element = mounted.node;
        patchAttributes(element, old, next);

        if (!equal(old.classes, next.classes)) {
            if (next.classes == null) {
                port.removeAttribute(element, "class");
            } else {
                port.setAttribute(element, "class", next.classes);
            }
        }

        patchStyles(element, old, next);
        mounted.firstSlot = patchListeners(element, mounted.firstSlot, old, next);

        // A field becomes controlled when a render first gives it a value.
        if (mounted.composition == null && CompositionGuard.needed(mounted.namespace, next)) {
            mounted.composition = CompositionGuard.attach(port, element);
        }
    }

    private void patchAttributes(N element, ElementNode old, ElementNode next) {
        Object[] oldPairs = old.attributes;
        Object[] newPairs = next.attributes;

        if (NamedValues.sameNames(oldPairs, newPairs)) {
            for (int i = 1; i < newPairs.length; i += 2) {
                if (!oldPairs[i].equals(newPairs[i])) {
                    replaceAttribute(element, next.tag, (String) newPairs[i - 1], (String) oldPairs[i],
                            (String) newPairs[i]);
                }
            }
            return;
        }

        // The names differ: set what is new or changed, then remove what is gone.
        for (int i = 0; i < newPairs.length; i += 2) {
            String name = (String) newPairs[i];
            String oldValue = (String) NamedValues.valueOf(oldPairs, name);
            if (!newPairs[i + 1].equals(oldValue)) {
                replaceAttribute(element, next.tag, name, oldValue, (String) newPairs[i + 1]);
            }
        }
        for (int i = 0; i < oldPairs.length; i += 2) {
            String name = (String) oldPairs[i];
            boolean removed = NamedValues.indexOf(newPairs, name) < 0;
            if (removed && isWritable(name, oldPairs[i + 1])) {
                port.removeAttribute(element, name);
            }
        }
    }

    /**
     * Writes {@code value} over {@code oldValue} (null when the attribute was absent). When
     * the new value is blocked, the old one is removed rather than left in place, so the
     * element never keeps a URL that the view no longer requests.
     */
    private void replaceAttribute(N element, String tag, String name, String oldValue, String value) {
        boolean written = writeAttribute(element, tag, name, value);
        if (!written && oldValue != null && isWritable(name, oldValue)) {
            port.removeAttribute(element, name);
        }
    }

    /** Writes the attribute unless its value is a blocked URL; returns whether it wrote. */
    private boolean writeAttribute(N element, String tag, String name, String value) {
        if (!isWritable(name, value)) {
            warnBlocked("attribute", tag, name, value);
            return false;
        }
        port.setAttribute(element, name, value);
        return true;
    }

    private void patchStyles(N element, ElementNode old, ElementNode next) {
        Object[] oldPairs = old.styles;
        Object[] newPairs = next.styles;

        if (NamedValues.sameNames(oldPairs, newPairs)) {
            for (int i = 1; i < newPairs.length; i += 2) {
                if (!oldPairs[i].equals(newPairs[i])) {
                    port.setStyle(element, (String) newPairs[i - 1], (String) newPairs[i]);
                }
            }
            return;
        }

        for (int i = 0; i < newPairs.length; i += 2) {
            String name = (String) newPairs[i];
            if (!newPairs[i + 1].equals(NamedValues.valueOf(oldPairs, name))) {
                port.setStyle(element, name, (String) newPairs[i + 1]);
            }
        }
        for (int i = 0; i < oldPairs.length; i += 2) {
            if (NamedValues.indexOf(newPairs, (String) oldPairs[i]) < 0) {
                port.removeStyle(element, (String) oldPairs[i]);
            }
        }
    }

    /**
     * Returns the first of the slots for {@code next}'s listeners, linked in the order of
     * its {@code listeners}. An event type present before and after keeps its slot, and
     * its DOM listener, with the new handler swapped in.
     */
    private ListenerSlot patchListeners(N element, ListenerSlot first, ElementNode old, ElementNode next) {
        Parts.Listener[] oldListeners = old.listeners;
        Parts.Listener[] newListeners = next.listeners;

        if (sameTypes(oldListeners, newListeners)) {
            ListenerSlot slot = first;
            for (Parts.Listener listener : newListeners) {
                slot.current = listener;
                slot = slot.next;
            }
            return first;
        }

        // Take over the slots whose type stays; a taken slot is cleared in the old array.
        ListenerSlot[] slots = oldListeners.length == 0 ? NO_SLOTS : new ListenerSlot[oldListeners.length];
        ListenerSlot slot = first;
        for (int i = 0; i < slots.length; i++) {
            slots[i] = slot;
            slot = slot.next;
        }
        ListenerSlot newFirst = null;
        ListenerSlot last = null;
        for (Parts.Listener listener : newListeners) {
            int oldIndex = indexOfType(oldListeners, listener.type().name());
            ListenerSlot listenerSlot;
            if (oldIndex >= 0) {
                listenerSlot = slots[oldIndex];
                listenerSlot.current = listener;
                slots[oldIndex] = null;
            } else {
                listenerSlot = addListener(element, listener);
            }
            listenerSlot.next = null;
            if (last == null) {
                newFirst = listenerSlot;
            } else {
                last.next = listenerSlot;
            }
            last = listenerSlot;
        }

        // The slots left over belong to event types the element no longer handles.
        for (ListenerSlot left : slots) {
            if (left != null) {
                removeListener(element, left);
            }
        }
        return newFirst;
    }

    /** Returns true when both arrays handle the same event types in the same order. */
    private static boolean sameTypes(Parts.Listener[] a, Parts.Listener[] b) {
        if (a == b) {
            return true;
        }
        if (a.length != b.length) {
            return false;
        }
        for (int i = 0; i < a.length; i++) {
            if (!a[i].type().name().equals(b[i].type().name())) {
                return false;
            }
        }
        return true;
    }

    private static int indexOfType(Parts.Listener[] listeners, String type) {
        for (int i = 0; i < listeners.length; i++) {
            if (listeners[i].type().name().equals(type)) {
                return i;
            }
        }
        return -1;
    }

    private ListenerSlot addListener(N element, Parts.Listener listener) {
        String type = listener.type().name();
        ListenerSlot slot = new ListenerSlot(type, listener, dispatcher);
        slot.token = port.addEventListener(element, type, slot);
        return slot;
    }

    /** Removes the slot's DOM listener and disarms it. */
    void removeListener(N element, ListenerSlot slot) {
        port.removeEventListener(element, slot.type, slot.token);
        slot.current = null;
    }

    /**
     * Updates the properties from {@code old} to {@code next}. It compares with the value
     * rendered last, not with the DOM, so a value the user typed stays until the view
     * renders a different one. A changed {@code value}, {@code checked} or
     * {@code selected} is then compared with the DOM through {@link #updateProperty},
     * and is not written while the field is composing.
     */
    void patchProperties(Mounted<N> mounted, ElementNode old, ElementNode next) {
        Object[] oldPairs = old.properties;
        Object[] newPairs = next.properties;

        CompositionGuard guard = mounted.composition;
        if (guard != null && guard.valueSkipped && !guard.composing) {
            guard.valueSkipped = false;
            catchUpValue(mounted, old, next);
        }

        // NOTE: a control whose rendered value did not change is not reset to it, so text
        // the user typed and the app's handler rejected stays in the field.
        if (NamedValues.sameNames(oldPairs, newPairs)) {
            for (int i = 1; i < newPairs.length; i += 2) {
                if (!oldPairs[i].equals(newPairs[i])) {
                    updateProperty(mounted, next.tag, (String) newPairs[i - 1], oldPairs[i], newPairs[i]);
                }
            }
            return;
        }

        for (int i = 0; i < newPairs.length; i += 2) {
            String name = (String) newPairs[i];
            Object oldValue = NamedValues.valueOf(oldPairs, name);
            if (!newPairs[i + 1].equals(oldValue)) {
                updateProperty(mounted, next.tag, name, oldValue, newPairs[i + 1]);
            }
        }
        for (int i = 0; i < oldPairs.length; i += 2) {
            String name = (String) oldPairs[i];
            Object oldValue = oldPairs[i + 1];
            boolean removed = NamedValues.indexOf(newPairs, name) < 0;
            if (removed && isWritable(name, oldValue)) {
                updateProperty(mounted, next.tag, name, null, resetValue(oldValue));
            }
        }
    }

    /**
     * Writes the value of a field whose value write was skipped during a composition that
     * has ended, when this render keeps that value and the field shows another. A value
     * that this render changes is left to the diff.
     */
    private void catchUpValue(Mounted<N> mounted, ElementNode old, ElementNode next) {
        Object value = NamedValues.valueOf(next.properties, "value");
        if (value != null && value.equals(NamedValues.valueOf(old.properties, "value"))) {
            updateProperty(mounted, next.tag, "value", null, value);
        }
    }

    /**
     * Writes a property that the render changed. {@code value}, {@code checked} and
     * {@code selected} are what the user changes by typing and clicking, so each is
     * first read from the DOM and not written when the control already shows it. The
     * read happens only for a changed property, so an unchanged tree still makes no port
     * call. A {@code value} is not written at all while its field is composing with an
     * IME; the first patch after the composition makes up for it.
     */
    private void updateProperty(Mounted<N> mounted, String tag, String name, Object oldValue, Object value) {
        if (isUserEdited(name)) {
            CompositionGuard guard = mounted.composition;
            if (guard != null && guard.composing && name.equals("value")) {
                guard.valueSkipped = true;
                return;
            }
            if (value != null && value.equals(port.getProperty(mounted.node, name))) {
                return;
            }
        }
        boolean written = writeProperty(mounted.node, tag, name, value);
        if (!written && oldValue != null && isWritable(name, oldValue)) {
            port.setProperty(mounted.node, name, resetValue(oldValue));
        }
    }

    /** Returns true for the properties that the user changes on a form control. */
    private static boolean isUserEdited(String name) {
        return name.equals("value") || name.equals("checked") || name.equals("selected");
    }

    private boolean writeProperty(N element, String tag, String name, Object value) {
        if (!isWritable(name, value)) {
            warnBlocked("property", tag, name, value);
            return false;
        }
        port.setProperty(element, name, value);
        return true;
    }

    /**
     * Returns the value that stands for "absent" when a view stops setting a property: a
     * DOM property cannot be deleted, so {@code checked} goes back to false and
     * {@code value} to the empty string. Other types get null.
     */
    static Object resetValue(Object oldValue) {
        if (oldValue instanceof Boolean) {
            return Boolean.FALSE;
        }
        if (oldValue instanceof String) {
            return "";
        }
        return null;
    }

    /** Returns false for a URL attribute or property whose value is a blocked URL. */
    private static boolean isWritable(String name, Object value) {
        if (!(value instanceof String url) || !UnsafeUrls.isUrlName(name)) {
            return true;
        }
        return UnsafeUrls.blockedScheme(url) == null;
    }

    private void warnBlocked(String kind, String tag, String name, Object value) {
        String scheme = UnsafeUrls.blockedScheme((String) value);
        logger.warn("Blocked a " + scheme + " URL in the " + name + " " + kind + " of <" + tag
                + ">: such URLs run script, so the " + kind + " was not written");
    }

    private static boolean equal(Object a, Object b) {
        return a == null ? b == null : a.equals(b);
    }
}
