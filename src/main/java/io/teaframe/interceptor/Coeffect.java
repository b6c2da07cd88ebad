package io.teaframe.interceptor;

import java.util.Objects;

/**
 * The typed name of a custom coeffect: a value that an interceptor injects into the
 * context before the handler runs, such as a value read from local storage. Two keys
 * with the same name are equal.
 *
 * <pre>{@code
 * static final Coeffect<String> SAVED_DRAFT = Coeffect.named("saved-draft");
 * }</pre>
 *
 * @param <T> the type of the injected value
 */
public final class Coeffect<T> {

    private final String name;

    private Coeffect(String name) {
        this.name = name;
    }

    /**
     * Returns the key called {@code name}.
     *
     * @throws IllegalArgumentException if the name is empty
     */
    public static <T> Coeffect<T> named(String name) {
        Objects.requireNonNull(name, "name");
        if (name.isEmpty()) {
            throw new IllegalArgumentException("a coeffect name must not be empty");
        }
        return new Coeffect<>(name);
    }

    public String name() {
        return name;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Coeffect<?> that && name.equals(that.name);
    }

    @Override
    public int hashCode() {
        return name.hashCode();
    }

    @Override
    public String toString() {
        return "Coeffect[" + name + "]";
    }
}
