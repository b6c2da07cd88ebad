package io.teaframe.json;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A parsed JSON value and a small typed API to read it.
 *
 * <p>Navigation never throws: {@link #get(String)} on an object without that member, or
 * {@link #at(int)} past the end of an array, returns a value of type
 * {@link JsonType#MISSING}. Reading a value as a type it does not have throws a
 * {@link JsonReadException} whose message names the path, like {@code $.user.name}.
 * So {@code body.get("user").string("name")} either returns the name or says exactly
 * which part of the response was not what the app expected.
 *
 * <pre>{@code
 * Json body = response.json();
 * List<User> users = body.list("users", u -> new User(u.integer("id"), u.string("name")));
 * }</pre>
 *
 * <p>Values are read-only views of the parsed text. Get one from a {@link JsonParser}.
 */
public interface Json {

    JsonType type();

    /** The path from the root, such as {@code $} or {@code $.users[3].name}. */
    String path();

    /**
     * Returns the member {@code name} of this object, or a {@link JsonType#MISSING} value
     * when there is none.
     *
     * @throws JsonReadException if this is not an object
     */
    Json get(String name);

    /**
     * Returns the element at {@code index} of this array, or a {@link JsonType#MISSING}
     * value when the index is out of range.
     *
     * @throws JsonReadException if this is not an array
     */
    Json at(int index);

    /**
     * The length of this array or the number of members of this object.
     *
     * @throws JsonReadException for any other type
     */
    int size();

    /**
     * The member names of this object, each once, in JavaScript's order: integer-like
     * names such as {@code "2"} ascending, then the others in the order of the text.
     *
     * @throws JsonReadException if this is not an object
     */
    List<String> names();

    /** @throws JsonReadException if this is not a string */
    String asString();

    /** @throws JsonReadException if this is not a number */
    double asDouble();

    /** @throws JsonReadException if this is not a boolean */
    boolean asBoolean();

    /** This value written as compact JSON text, as {@code JSON.stringify} writes it. */
    String toJson();

    /**
     * Returns this number as an {@code int}.
     *
     * @throws JsonReadException if this is not a number, or not a whole number in the
     *     range of {@code int}
     */
    default int asInt() {
        double value = asDouble();
        int whole = (int) value;
        if (whole != value) {
            throw new JsonReadException(path(), "expected an int, found " + toJson());
        }
        return whole;
    }

    default boolean isNull() {
        return type() == JsonType.NULL;
    }

    default boolean isMissing() {
        return type() == JsonType.MISSING;
    }

    /** Whether this object has a member {@code name}, null or not. */
    default boolean has(String name) {
        return get(name).type() != JsonType.MISSING;
    }

    /** Returns the string member {@code name}. */
    default String string(String name) {
        return get(name).asString();
    }

    /** Returns the string member {@code name}, or {@code fallback} when it is missing or null. */
    default String string(String name, String fallback) {
        Json member = get(name);
        return member.isMissing() || member.isNull() ? fallback : member.asString();
    }

    /** Returns the whole-number member {@code name}. */
    default int integer(String name) {
        return get(name).asInt();
    }

    /** Returns the number member {@code name}. */
    default double number(String name) {
        return get(name).asDouble();
    }

    /** Returns the boolean member {@code name}. */
    default boolean bool(String name) {
        return get(name).asBoolean();
    }

    /**
     * Maps each element of this array through {@code reader}.
     *
     * @throws JsonReadException if this is not an array, or {@code reader} throws it
     */
    default <T> List<T> list(Function<? super Json, ? extends T> reader) {
        if (type() != JsonType.ARRAY) {
            throw JsonReadException.wrongType(path(), JsonType.ARRAY, type());
        }
        int size = size();
        List<T> result = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            result.add(reader.apply(at(i)));
        }
        return result;
    }

    /** Maps each element of the array member {@code name} through {@code reader}. */
    default <T> List<T> list(String name, Function<? super Json, ? extends T> reader) {
        return get(name).list(reader);
    }
}
