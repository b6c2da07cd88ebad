package io.teaframe.view;

/**
 * A DOM event type, such as {@code click}. The constants cover the common events;
 * {@link #named(String)} makes any other, including custom events.
 */
public final class EventType {

    public static final EventType CLICK = new EventType("click");
    public static final EventType DBLCLICK = new EventType("dblclick");
    public static final EventType INPUT = new EventType("input");
    public static final EventType CHANGE = new EventType("change");
    public static final EventType SUBMIT = new EventType("submit");
    public static final EventType KEYDOWN = new EventType("keydown");
    public static final EventType KEYUP = new EventType("keyup");
    public static final EventType FOCUS = new EventType("focus");
    public static final EventType BLUR = new EventType("blur");
    public static final EventType MOUSEDOWN = new EventType("mousedown");
    public static final EventType MOUSEUP = new EventType("mouseup");
    public static final EventType MOUSEENTER = new EventType("mouseenter");
    public static final EventType MOUSELEAVE = new EventType("mouseleave");
    public static final EventType POINTERDOWN = new EventType("pointerdown");
    public static final EventType POINTERUP = new EventType("pointerup");
    public static final EventType POINTERMOVE = new EventType("pointermove");

    private final String name;

    private EventType(String name) {
        this.name = name;
    }

    /**
     * Returns the event type with {@code name} as the DOM spells it (lower case, no
     * {@code on} prefix).
     *
     * @throws IllegalArgumentException if {@code name} is null or empty
     */
    public static EventType named(String name) {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("Invalid event type name: \"" + name + "\"; give the DOM name, such as \"click\"");
        }
        return new EventType(name);
    }

    /** Returns the name passed to {@code addEventListener}. */
    public String name() {
        return name;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof EventType type && type.name.equals(name);
    }

    @Override
    public int hashCode() {
        return name.hashCode();
    }

    @Override
    public String toString() {
        return name;
    }
}
