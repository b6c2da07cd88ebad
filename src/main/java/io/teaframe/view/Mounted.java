package io.teaframe.view;

/**
 * A node on screen: the {@link VNode} last rendered into it, its DOM handle and, for an
 * element, its mounted children and listener slots. VNodes are immutable and may be
 * shared, so this parallel tree contains everything that belongs to one place in the DOM.
 */
final class Mounted<N> {

    private static final Mounted<?>[] NONE = new Mounted<?>[0];

    private static final ListenerSlot[] NO_SLOTS = new ListenerSlot[0];

    VNode vnode;
    final N dom;

    /** The namespace this element was created in (null for HTML); unused for text. */
    final String namespace;

    Mounted<N>[] children = none();
    ListenerSlot[] slots = NO_SLOTS;

    Mounted(VNode vnode, N dom, String namespace) {
        this.vnode = vnode;
        this.dom = dom;
        this.namespace = namespace;
    }

    @SuppressWarnings("unchecked")
    static <N> Mounted<N>[] none() {
        return (Mounted<N>[]) NONE;
    }

    @SuppressWarnings("unchecked")
    static <N> Mounted<N>[] array(int length) {
        return length == 0 ? none() : (Mounted<N>[]) new Mounted<?>[length];
    }

    static ListenerSlot[] slots(int length) {
        return length == 0 ? NO_SLOTS : new ListenerSlot[length];
    }
}
