package io.teaframe.view;

/**
 * An immutable description of a DOM node: an element, a text node or a component with
 * its props. {@link Html} creates them, and a {@link Reconciler} or a {@link View} makes
 * the DOM match them.
 *
 * <p>A node holds no DOM reference, so one node may appear in several places and in
 * several renders. Reusing the same node object in the next render is the cheapest
 * possible update: the reconciler skips it without looking inside.
 */
public abstract sealed class VNode implements Part permits ElementNode, TextNode, ComponentNode {

    VNode() {
    }

    /** Returns the key, or null when the node has none (text nodes never have one). */
    abstract Object key();
}
