/**
 * Benchmark pages, compiled by TeaVM only in the Maven profile {@code benchmarks}.
 *
 * <p>{@link io.teaframe.e2e.bench.DispatchBench} measures event throughput against Redux in
 * the same page. {@link io.teaframe.e2e.bench.RowsBench} is the teaframe side of the row
 * operations benchmark against vanilla JavaScript and Preact (rows.html).
 * {@link io.teaframe.e2e.bench.MinimalApp} and
 * {@link io.teaframe.e2e.bench.HelloWorld} are compiled only to measure the size of the
 * minified JavaScript. The JUnit runners in the test sources of this package drive them
 * in headless Chromium; docs/benchmarks.md describes the commands and the results.
 */
package io.teaframe.e2e.bench;
