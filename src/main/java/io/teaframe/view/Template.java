package io.teaframe.view;

import org.teavm.jso.JSObject;

/**
 * A detached copy of the DOM that a component's first instance rendered, with the shape
 * of the tree it shows. Later instances of the component start from a clone of the copy:
 * one {@code cloneNode} call and a walk over the clone replace a
 * {@code createElement}, {@code setAttribute} and {@code insertBefore} call per element,
 * and the usual patch from the shape to the new tree writes what differs.
 *
 * <p>The shape is the first tree without its listeners and DOM properties, because a
 * clone has neither. Only trees of elements and text nodes that set no DOM property and
 * have no keys, components or raw HTML become templates. Properties are left out because
 * {@code cloneNode} copies some of them, such as an input's value. Keys are left out
 * because a clone would skip the check for duplicate keys among new children.
 */
final class Template<N extends JSObject> {

    /** Marks a component whose first tree cannot be a template, so it is not examined again. */
    @SuppressWarnings("rawtypes")
    static final Template NONE = new Template<>(null, null);

    /** The detached copy, never changed and never inserted; null for {@link #NONE}. */
    final N dom;

    /** The tree that {@link #dom} shows, without listeners and properties; null for {@link #NONE}. */
    final ElementNode shape;

    private Template(N dom, ElementNode shape) {
        this.dom = dom;
        this.shape = shape;
    }

    /**
     * Returns a template made from {@code tree} and {@code created}, the DOM just created
     * for it and not changed since, or {@link #NONE} when the tree cannot be one or the
     * port cannot clone.
     */
    @SuppressWarnings("unchecked")
    static <N extends JSObject> Template<N> of(DomPort<N> port, VNode tree, N created) {
        VNode shape = shapeOf(tree);
        if (!(shape instanceof ElementNode element)) {
            return (Template<N>) NONE;
        }
        N copy = port.cloneTree(created);
        return copy == null ? (Template<N>) NONE : new Template<>(copy, element);
    }

    /** Returns true when a clone of this template can be patched into {@code tree}. */
    boolean fits(VNode tree) {
        return shape != null && Renderer.sameKind(shape, tree);
    }

    /**
     * Returns the shape of {@code node}, or null when its tree has a component, a key, a
     * DOM property or raw HTML.
     */
    private static VNode shapeOf(VNode node) {
        if (node instanceof TextNode) {
            return node;
        }
        if (!(node instanceof ElementNode element) || element.key != null || element.rawHtml != null
                || element.properties.length > 0) {
            return null;
        }
        int count = element.childCount();
        VNode[] children = count == 0 ? ElementNode.NO_CHILDREN : new VNode[count];
        for (int i = 0; i < children.length; i++) {
            children[i] = shapeOf(element.child(i));
            if (children[i] == null) {
                return null;
            }
        }
        return new ElementNode(element, children);
    }
}
