package io.teaframe.sub;

/** Computes a query's value from the value of one input query. */
@FunctionalInterface
public interface Derivation<A, Q, T> {

    T derive(A input, Q query);
}
