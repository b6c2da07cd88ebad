package io.teaframe.view;

import org.teavm.jso.JSObject;

/**
 * A node on screen: the {@link VNode} last rendered into it, its DOM handle and, for an
 * element, its mounted children and listener slots. For a component node it contains the
 * {@link ComponentInstance}, whose rendered tree owns the DOM. VNodes are immutable and
 * may be shared, so this parallel tree contains everything that belongs to one place in
 * the DOM.
 *
 * <p>Children and listener slots are linked lists, not arrays. TeaVM makes every Java
 * array two JavaScript objects, and most elements of a view have one child or one
 * listener: with arrays, a row of the benchmark table needs eight of them, which V8's
 * scavenges copy while the rows are young.
 */
final class Mounted<N extends JSObject> {

    VNode vnode;

    /** The DOM node of an element or text; null for a component, see {@link #dom()}. */
    final N node;

    /** The instance of a component node; null for an element or text. */
    ComponentInstance<N> instance;

    /** The namespace this element was created in (null for HTML); unused for text. */
    final String namespace;

    /** The first mounted child of an element, or null when it has none. */
    Mounted<N> firstChild;

    /** The next child of the same parent, or null for the last one. */
    Mounted<N> nextSibling;

    /** The first of the element's listener slots, in the order of its vnode's listeners. */
    ListenerSlot firstSlot;

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

    /** Returns the number of mounted children. */
    int childCount() {
        int count = 0;
        for (Mounted<N> child = firstChild; child != null; child = child.nextSibling) {
            count++;
        }
        return count;
    }

    /** Makes the first {@code count} entries of {@code children} the children, in order. */
    void linkChildren(Mounted<N>[] children, int count) {
        Mounted<N> next = null;
        for (int i = count - 1; i >= 0; i--) {
            children[i].nextSibling = next;
            next = children[i];
        }
        firstChild = next;
    }

    @SuppressWarnings("unchecked")
    static <N extends JSObject> Mounted<N>[] array(int length) {
        return (Mounted<N>[]) new Mounted<?>[length];
    }
}
