package io.teaframe.view;

import org.teavm.jso.JSObject;

/**
 * A node on screen: the {@link VNode} last rendered into it, its DOM handle and, for an
 * element, its mounted children and listener slots. For a component node it contains the
 * {@link ComponentInstance}, whose rendered tree owns the DOM. VNodes are immutable and
 * may be shared, so this parallel tree contains everything that belongs to one place in
 * the DOM.
 */
final class Mounted<N extends JSObject> {

    private static final Mounted<?>[] NONE = new Mounted<?>[0];

    private static final ListenerSlot[] NO_SLOTS = new ListenerSlot[0];

    VNode vnode;

    /** The DOM node of an element or text; null for a component, see {@link #dom()}. */
    final N node;

    /** The instance of a component node; null for an element or text. */
    ComponentInstance<N> instance;

    /** The namespace this element was created in (null for HTML); unused for text. */
    final String namespace;

    Mounted<N>[] children = none();
    ListenerSlot[] slots = NO_SLOTS;

    /** The IME guard of a controlled text field; null for every other node. */
    CompositionGuard composition;

    Mounted(VNode vnode, N node, String namespace) {
        this.vnode = vnode;
        this.node = node;
        this.namespace = namespace;
    }

    /**
     * Returns the DOM node this place shows. For a component it is the root node of the
     * instance's last render, which changes when a render replaces its root element.
     */
    N dom() {
        return instance == null ? node : instance.dom();
    }

    @SuppressWarnings("unchecked")
    static <N extends JSObject> Mounted<N>[] none() {
        return (Mounted<N>[]) NONE;
    }

    @SuppressWarnings("unchecked")
    static <N extends JSObject> Mounted<N>[] array(int length) {
        return length == 0 ? none() : (Mounted<N>[]) new Mounted<?>[length];
    }

    static ListenerSlot[] slots(int length) {
        return length == 0 ? NO_SLOTS : new ListenerSlot[length];
    }
}
