/**
 * Browser implementations of the ports, and the only package that touches JavaScript.
 *
 * <p>Everything outside this package is plain Java that runs unchanged on the JVM and in
 * the browser. The classes here bind the ports to the browser's APIs through TeaVM's JSO
 * interop. {@link io.teaframe.browser.BrowserScheduler} uses a {@code MessageChannel}
 * for {@code nextTick}, {@code setTimeout} for timeouts and
 * {@code requestAnimationFrame} for frames. {@link io.teaframe.browser.BrowserClock}
 * reads {@code performance.now()} and {@link io.teaframe.browser.ConsoleLogger} writes
 * to {@code console}. {@link io.teaframe.browser.BrowserRandom} draws from
 * {@code Math.random()}, and from {@code crypto.randomUUID()} for UUIDs.
 * {@link io.teaframe.browser.BrowserPlatform#create()} bundles one of each.
 *
 * <p>The bindings stay thin and use the browser's own names, so MDN documents them. Where
 * TeaVM's {@code teavm-jso-apis} 0.16 has no binding ({@code MessageChannel},
 * {@code console}), a package-private class here declares the few members used.
 *
 * <p>None of these classes works on the JVM: JVM tests use virtual-time implementations
 * of the ports instead.
 */
package io.teaframe.browser;
