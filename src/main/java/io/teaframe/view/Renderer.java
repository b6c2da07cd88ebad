package io.teaframe.view;

import io.teaframe.port.Logger;

/**
 * Creates, patches and removes mounted nodes. The {@link Reconciler} drives it from the
 * root, {@link ChildrenDiff} from each list of children, and {@link ElementDiff} does
 * the work inside one element.
 */
final class Renderer<N> {

    final DomPort<N> port;
    final Logger logger;
    private final ElementDiff<N> elements;
    private final ChildrenDiff<N> children;

    Renderer(DomPort<N> port, Dispatcher dispatcher, Logger logger) {
        this.port = port;
        this.logger = logger;
        this.elements = new ElementDiff<>(port, dispatcher, logger);
        this.children = new ChildrenDiff<>(this);
    }

    /**
     * Creates the DOM for {@code node}, detached. {@code namespace} is the namespace of
     * the parent's children (null for HTML).
     */
    Mounted<N> create(VNode node, String namespace) {
        if (node instanceof TextNode text) {
            return new Mounted<>(node, port.createText(text.text), null);
        }

        ElementNode element = (ElementNode) node;
        String elementNamespace = Namespaces.ofElement(namespace, element.tag);
        Mounted<N> mounted = new Mounted<>(node, port.createElement(elementNamespace, element.tag), elementNamespace);
        elements.writeAll(mounted, element);

        // Children are appended while the element is detached, so the page lays out once.
        if (element.rawHtml != null) {
            port.setInnerHtml(mounted.dom, element.rawHtml);
        } else if (element.children.length > 0) {
            mounted.children = children.createAll(mounted, element);
        }

        elements.writeProperties(mounted.dom, element);
        return mounted;
    }

    /**
     * Returns true when {@code next} can be patched into the DOM of {@code old}: both are
     * text, or both are elements with the same tag, the same key and the same choice
     * between raw HTML and children.
     */
    static boolean sameKind(VNode old, VNode next) {
        if (old instanceof TextNode) {
            return next instanceof TextNode;
        }
        if (!(next instanceof ElementNode nextElement)) {
            return false;
        }
        ElementNode oldElement = (ElementNode) old;
        return oldElement.tag.equals(nextElement.tag)
                && equal(oldElement.key, nextElement.key)
                && (oldElement.rawHtml == null) == (nextElement.rawHtml == null);
    }

    /** Updates {@code mounted} to show {@code next}, which must be {@link #sameKind} as its node. */
    void patch(Mounted<N> mounted, VNode next) {
        VNode old = mounted.vnode;

        // The same object describes the same DOM: skip the whole subtree.
        if (old == next) {
            return;
        }
        mounted.vnode = next;

        if (next instanceof TextNode text) {
            if (!((TextNode) old).text.equals(text.text)) {
                port.setText(mounted.dom, text.text);
            }
            return;
        }

        ElementNode oldElement = (ElementNode) old;
        ElementNode nextElement = (ElementNode) next;
        elements.patch(mounted, oldElement, nextElement);

        if (nextElement.rawHtml != null) {
            if (!nextElement.rawHtml.equals(oldElement.rawHtml)) {
                port.setInnerHtml(mounted.dom, nextElement.rawHtml);
            }
        } else if (oldElement.children != nextElement.children) {
            mounted.children = children.update(mounted, nextElement);
        }

        // Properties last, as in create: a select's value needs its new options.
        elements.patchProperties(mounted.dom, oldElement, nextElement);
    }

    /**
     * Removes {@code mounted} from {@code parent} during an update and disarms its
     * listeners. Their DOM registrations are not removed one by one, because the browser
     * frees them with the detached nodes, and clearing 10,000 rows would cost 10,000 more
     * DOM calls per listener.
     */
    void discard(N parent, Mounted<N> mounted) {
        port.removeChild(parent, mounted.dom);
        disarm(mounted);
    }

    /** Makes every listener in the subtree ignore events, without DOM calls. */
    static void disarm(Mounted<?> mounted) {
        for (ListenerSlot slot : mounted.slots) {
            slot.current = null;
        }
        for (Mounted<?> child : mounted.children) {
            disarm(child);
        }
    }

    /** Removes every DOM listener in the subtree through the port. */
    void removeListeners(Mounted<N> mounted) {
        for (ListenerSlot slot : mounted.slots) {
            elements.removeListener(mounted.dom, slot);
        }
        for (Mounted<N> child : mounted.children) {
            removeListeners(child);
        }
    }

    static boolean equal(Object a, Object b) {
        return a == null ? b == null : a.equals(b);
    }
}
