package io.teaframe.sub;

/**
 * Computes a query's value from the app state. Keep it cheap: it runs after every
 * event that replaces the state, while its node is alive.
 */
@FunctionalInterface
public interface Extractor<S, Q, T> {

    T extract(S state, Q query);
}
