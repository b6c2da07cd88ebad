package io.teaframe.view;

import java.util.List;

/**
 * An element: its tag, key, attributes, properties, classes, inline styles, event
 * handlers and children (or raw HTML in place of children). The constructor reads the
 * parts once into arrays, so the reconciler compares arrays and never reads a part.
 */
final class ElementNode extends VNode {

    static final VNode[] NO_CHILDREN = new VNode[0];

    final String tag;
    final Object key;

    final String[] attributeNames;
    final Object[] attributeValues;

    final String[] propertyNames;
    final Object[] propertyValues;

    final String[] styleNames;
    final Object[] styleValues;

    /** The class names separated by single spaces, or null when there are none. */
    final String classes;

    /** Event type names, and the {@link Parts.Listener} for each at the same index. */
    final String[] listenerTypes;
    final Object[] listeners;

    final VNode[] children;

    /** Markup for {@code innerHTML}, or null. An element with raw HTML has no children. */
    final String rawHtml;

    /**
     * Reads {@code parts} in order; null parts are skipped. For a repeated attribute,
     * property, style, event type or key, the later part wins. Class names accumulate.
     *
     * @throws IllegalArgumentException if the element has both raw HTML and children
     */
    ElementNode(String tag, Part[] parts) {
        this.tag = tag;

        // First pass: count each kind, so that each array is allocated once.
        int attributeCount = 0;
        int propertyCount = 0;
        int styleCount = 0;
        int listenerCount = 0;
        int childCount = 0;
        for (Part part : parts) {
            if (part instanceof VNode) {
                childCount++;
            } else if (part instanceof Parts.Attribute) {
                attributeCount++;
            } else if (part instanceof Parts.Property) {
                propertyCount++;
            } else if (part instanceof Parts.Style) {
                styleCount++;
            } else if (part instanceof Parts.Listener) {
                listenerCount++;
            } else if (part instanceof Parts.Children list) {
                childCount += list.nodes().size();
            }
        }

        // Second pass: fill the arrays. A kind with no parts allocates nothing, because a
        // table of 1,000 rows builds about 8,000 elements per render.
        NamedValues attributes = NamedValues.forCount(attributeCount);
        NamedValues properties = NamedValues.forCount(propertyCount);
        NamedValues styles = NamedValues.forCount(styleCount);
        NamedValues handlers = NamedValues.forCount(listenerCount);
        VNode[] kids = childCount == 0 ? NO_CHILDREN : new VNode[childCount];
        int kidCount = 0;
        Object keyValue = null;
        String html = null;
        String classNames = null;
        for (Part part : parts) {
            if (part == null) {
                continue;
            }
            if (part instanceof VNode node) {
                kids[kidCount++] = node;
            } else if (part instanceof Parts.Attribute attribute) {
                attributes.put(attribute.name(), attribute.value());
            } else if (part instanceof Parts.Property property) {
                properties.put(property.name(), property.value());
            } else if (part instanceof Parts.Style style) {
                styles.put(style.name(), style.value());
            } else if (part instanceof Parts.Listener listener) {
                handlers.put(listener.type().name(), listener);
            } else if (part instanceof Parts.ClassNames names) {
                classNames = appendClasses(classNames, names.names());
            } else if (part instanceof Parts.Key key) {
                keyValue = key.value();
            } else if (part instanceof Parts.Children list) {
                for (VNode node : list.nodes()) {
                    if (node != null) {
                        kids[kidCount++] = node;
                    }
                }
            } else if (part instanceof Parts.RawHtml raw) {
                html = raw.html();
            }
        }
        if (html != null && kidCount > 0) {
            throw new IllegalArgumentException("<" + tag + "> has both unsafeRawHtml and " + kidCount
                    + " children; raw HTML replaces all children, so give one or the other");
        }

        this.key = keyValue;
        this.attributeNames = NamedValues.names(attributes);
        this.attributeValues = NamedValues.values(attributes);
        this.propertyNames = NamedValues.names(properties);
        this.propertyValues = NamedValues.values(properties);
        this.styleNames = NamedValues.names(styles);
        this.styleValues = NamedValues.values(styles);
        this.listenerTypes = NamedValues.names(handlers);
        this.listeners = NamedValues.values(handlers);
        this.classes = classNames;
        this.children = kidCount == kids.length ? kids : trim(kids, kidCount);
        this.rawHtml = html;
    }

    /**
     * Creates the shape of {@code source} for a {@link Template}: the same tag, key,
     * attributes, classes and styles, the given children, and no listeners or
     * properties. A clone has no listeners, and trees with properties never become
     * templates.
     */
    ElementNode(ElementNode source, VNode[] children) {
        this.tag = source.tag;
        this.key = source.key;
        this.attributeNames = source.attributeNames;
        this.attributeValues = source.attributeValues;
        this.propertyNames = NamedValues.NO_NAMES;
        this.propertyValues = NamedValues.NO_VALUES;
        this.styleNames = source.styleNames;
        this.styleValues = source.styleValues;
        this.classes = source.classes;
        this.listenerTypes = NamedValues.NO_NAMES;
        this.listeners = NamedValues.NO_VALUES;
        this.children = children;
        this.rawHtml = source.rawHtml;
    }

    /** Returns {@code classes} and {@code names} joined by a space. Null means no class. */
    private static String appendClasses(String classes, String names) {
        if (names == null || names.isEmpty()) {
            return classes;
        }
        if (classes == null) {
            return names;
        }
        return classes + " " + names;
    }

    /** Drops the unused tail left by null entries in a children list. */
    private static VNode[] trim(VNode[] kids, int count) {
        if (count == 0) {
            return NO_CHILDREN;
        }
        VNode[] trimmed = new VNode[count];
        System.arraycopy(kids, 0, trimmed, 0, count);
        return trimmed;
    }

    @Override
    Object key() {
        return key;
    }

    @Override
    public String toString() {
        return key == null ? "<" + tag + ">" : "<" + tag + " key=" + key + ">";
    }
}
