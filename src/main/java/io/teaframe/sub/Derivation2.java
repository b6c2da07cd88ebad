package io.teaframe.sub;

/** Computes a query's value from the values of two input queries. */
@FunctionalInterface
public interface Derivation2<A, B, Q, T> {

    T derive(A first, B second, Q query);
}
