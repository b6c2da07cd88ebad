package io.teaframe.view;

/**
 * One argument of an element factory such as {@link Html#div(Part...)}: a child node, an
 * attribute, a property, a class, a style, an event handler, a key, a list of children
 * or raw HTML. Only {@link Html} creates parts.
 */
public sealed interface Part permits VNode, Parts.Attribute, Parts.Property, Parts.Style, Parts.ClassNames,
        Parts.Listener, Parts.Key, Parts.Children, Parts.RawHtml {
}
