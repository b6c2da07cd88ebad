package io.teaframe.sub;

/**
 * A request for a derived value of type {@code T}. Implement it with a record, so that
 * equal queries are equal and share one node:
 *
 * <pre>{@code
 * record TodoCount() implements Query<Integer> {}
 * record TodosWith(Filter filter) implements Query<List<Todo>> {}
 * }</pre>
 *
 * @param <T> the type of the value
 */
public interface Query<T> {
}
