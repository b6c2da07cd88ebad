/**
 * Ports: the few things the core needs from the world outside it.
 *
 * <p>The core of teaframe (router, registries, interceptors, subscriptions, effects) is
 * plain Java. Whatever depends on the platform goes through one of these small
 * interfaces: the {@link io.teaframe.port.Scheduler} runs work later, the
 * {@link io.teaframe.port.Clock} reads the time, the {@link io.teaframe.port.Logger}
 * writes messages and the {@link io.teaframe.port.RandomSource} supplies randomness.
 * A {@link io.teaframe.port.Platform} bundles one of each. Effects that talk to the
 * network add their own: {@link io.teaframe.port.Connectivity} says whether the browser
 * is online, and the HTTP effect sends through {@code io.teaframe.http.HttpTransport}.
 *
 * <p>Two sets of implementations exist. {@code io.teaframe.browser} implements the ports
 * with the browser's APIs through TeaVM's JSO, and {@code io.teaframe.testkit}
 * implements them on virtual time for JVM tests, so the same core runs unchanged in both.
 *
 * <p>Times are milliseconds as {@code double}, like {@code performance.now()}: TeaVM
 * compiles {@code long} arithmetic to slow BigInt operations.
 */
package io.teaframe.port;
