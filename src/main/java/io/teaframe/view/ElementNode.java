package io.teaframe.view;

/**
 * An element: its tag, key, attributes, properties, classes, inline styles, event
 * handlers and children (or raw HTML in place of children). The constructor reads the
 * parts once into arrays, so the reconciler compares arrays and never reads a part.
 */
final class ElementNode extends VNode {

    static final VNode[] NO_CHILDREN = new VNode[0];

    static final Parts.Listener[] NO_LISTENERS = new Parts.Listener[0];

    // NOTE: keep at most nine fields here. For the constructors that TeaVM 0.16.0 writes,
    // V8 keeps ten properties inside the object, and TeaVM's id field is one of them. The
    // rest go to a second array: one more object per element, one more load per access.
    // Checked with %DebugPrint in Node.js 20 (V8 11.3). Heap snapshots of the row
    // benchmark in Chromium 156 showed eight fewer such arrays per row at nine fields.

    final String tag;
    final Object key;

    /** The class names separated by single spaces, or null when there are none. */
    final String classes;

    /** Attribute names and values side by side, as {@link NamedValues} describes. */
    final Object[] attributes;

    /** DOM property names and values side by side. */
    final Object[] properties;

    /** Inline style names (kebab case) and values side by side. */
    final Object[] styles;

    /** The event handlers, at most one per event type, in the order of their first part. */
    final Parts.Listener[] listeners;

    /**
     * The children: the only child itself when there is one, so that the many elements
     * with one child keep no array, else an array of the children ({@link #NO_CHILDREN}
     * for none). Read them with {@link #childCount()}, {@link #child(int)} and
     * {@link #childArray()}.
     */
    private final Object children;

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
        // The kinds are tested from the most to the least common, because in TeaVM's output
        // each failed instanceof test walks the part's prototype chain.
        for (Part part : parts) {
            if (part instanceof VNode) {
                childCount++;
            } else if (part instanceof Parts.ClassNames) {
                // Class names are joined into one string and need no array.
                continue;
            } else if (part instanceof Parts.Attribute) {
                attributeCount++;
            } else if (part instanceof Parts.Listener) {
                listenerCount++;
            } else if (part instanceof Parts.Style) {
                styleCount++;
            } else if (part instanceof Parts.Property) {
                propertyCount++;
            } else if (part instanceof Parts.Children list) {
                childCount += list.nodes().size();
            }
        }

        // Second pass: fill the arrays. A kind with no parts allocates nothing, because a
        // table of 1,000 rows builds about 8,000 elements per render.
        Object[] attributePairs = attributeCount == 0 ? NamedValues.NO_PAIRS : new Object[attributeCount * 2];
        Object[] propertyPairs = propertyCount == 0 ? NamedValues.NO_PAIRS : new Object[propertyCount * 2];
        Object[] stylePairs = styleCount == 0 ? NamedValues.NO_PAIRS : new Object[styleCount * 2];
        Parts.Listener[] handlers = listenerCount == 0 ? NO_LISTENERS : new Parts.Listener[listenerCount];
        int attributeSize = 0;
        int propertySize = 0;
        int styleSize = 0;
        int handlerCount = 0;
        VNode[] kids = childCount > 1 ? new VNode[childCount] : null;
        VNode firstKid = null;
        int kidCount = 0;
        Object keyValue = null;
        String html = null;
        String classNames = null;
        for (Part part : parts) {
            if (part == null) {
                continue;
            }
            if (part instanceof VNode node) {
                firstKid = kidCount == 0 ? node : firstKid;
                kidCount = addChild(kids, kidCount, node);
            } else if (part instanceof Parts.ClassNames names) {
                classNames = appendClasses(classNames, names.names());
            } else if (part instanceof Parts.Attribute attribute) {
                attributeSize = NamedValues.put(attributePairs, attributeSize, attribute.name(), attribute.value());
            } else if (part instanceof Parts.Listener listener) {
                handlerCount = putListener(handlers, handlerCount, listener);
            } else if (part instanceof Parts.Style style) {
                styleSize = NamedValues.put(stylePairs, styleSize, style.name(), style.value());
            } else if (part instanceof Parts.Property property) {
                propertySize = NamedValues.put(propertyPairs, propertySize, property.name(), property.value());
            } else if (part instanceof Parts.Key key) {
                keyValue = key.value();
            } else if (part instanceof Parts.Children list) {
                for (VNode node : list.nodes()) {
                    if (node != null) {
                        firstKid = kidCount == 0 ? node : firstKid;
                        kidCount = addChild(kids, kidCount, node);
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
        this.classes = classNames;
        this.attributes = NamedValues.trim(attributePairs, attributeSize);
        this.properties = NamedValues.trim(propertyPairs, propertySize);
        this.styles = NamedValues.trim(stylePairs, styleSize);
        this.listeners = handlerCount == handlers.length ? handlers : trim(handlers, handlerCount);
        if (kidCount < 2) {
            this.children = kidCount == 0 ? NO_CHILDREN : firstKid;
        } else {
            this.children = kidCount == kids.length ? kids : trim(kids, kidCount);
        }
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
        this.classes = source.classes;
        this.attributes = source.attributes;
        this.properties = NamedValues.NO_PAIRS;
        this.styles = source.styles;
        this.listeners = NO_LISTENERS;
        this.children = children.length == 1 ? children[0] : children;
        this.rawHtml = source.rawHtml;
    }

    /** Returns the number of children. */
    int childCount() {
        Object kids = children;
        return kids instanceof VNode ? 1 : ((VNode[]) kids).length;
    }

    /** Returns the child at {@code index}, which must be less than {@link #childCount()}. */
    VNode child(int index) {
        Object kids = children;
        return kids instanceof VNode only ? only : ((VNode[]) kids)[index];
    }

    /** Returns the children as an array, a new one when there is only one child. */
    VNode[] childArray() {
        Object kids = children;
        return kids instanceof VNode only ? new VNode[] {only} : (VNode[]) kids;
    }

    /**
     * Returns true when {@code other} has the very same children, so that reconciling
     * them can be skipped, as for any node object that a render reuses.
     */
    boolean sameChildren(ElementNode other) {
        return children == other.children;
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

    /**
     * Puts {@code listener} into the first {@code count} slots of {@code handlers} and
     * returns the new count. A later handler for the same event type replaces the
     * earlier one in its position.
     */
    private static int putListener(Parts.Listener[] handlers, int count, Parts.Listener listener) {
        String type = listener.type().name();
        for (int i = 0; i < count; i++) {
            if (handlers[i].type().name().equals(type)) {
                handlers[i] = listener;
                return count;
            }
        }
        handlers[count] = listener;
        return count + 1;
    }

    /** Stores {@code node} at {@code count} unless there is no array for one child, and returns the new count. */
    private static int addChild(VNode[] kids, int count, VNode node) {
        if (kids != null) {
            kids[count] = node;
        }
        return count + 1;
    }

    /** Drops the unused tail left by repeated event types. */
    private static Parts.Listener[] trim(Parts.Listener[] handlers, int count) {
        Parts.Listener[] trimmed = new Parts.Listener[count];
        System.arraycopy(handlers, 0, trimmed, 0, count);
        return trimmed;
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
