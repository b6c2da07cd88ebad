/**
 * Browser implementations of the ports, and the only package that touches JavaScript.
 *
 * <p>Everything outside this package is plain Java that runs unchanged on the JVM and in
 * the browser. The classes here bind the ports to the browser's APIs through TeaVM's JSO
 * interop. {@link io.teaframe.browser.BrowserScheduler} uses a {@code MessageChannel}
 * for {@code nextTick}, {@code queueMicrotask} for microtasks, {@code setTimeout} for
 * timeouts and {@code requestAnimationFrame} for frames. {@link io.teaframe.browser.BrowserClock}
 * reads {@code performance.now()} and {@link io.teaframe.browser.ConsoleLogger} writes
 * to {@code console}. {@link io.teaframe.browser.BrowserRandom} draws from
 * {@code Math.random()}, and from {@code crypto.randomUUID()} for UUIDs.
 * {@link io.teaframe.browser.BrowserPlatform#create()} bundles one of each.
 *
 * <p>{@link io.teaframe.browser.BrowserDom} is the view package's
 * {@link io.teaframe.view.DomPort} on the real DOM. Its node handle is JSO's
 * {@code org.teavm.jso.dom.xml.Node}, each method makes the one DOM call its interface
 * names, and properties are assigned as {@code element[name] = value}. A listener's
 * removal token is the JavaScript function that {@code addEventListener} registered.
 *
 * <p>{@link io.teaframe.browser.FetchTransport} is the HTTP port on {@code fetch} and
 * {@code AbortController}, {@link io.teaframe.browser.BrowserJson} the JSON port on
 * {@code JSON.parse}, and {@link io.teaframe.browser.BrowserConnectivity} reads
 * {@code navigator.onLine} and the {@code online} event.
 * {@link io.teaframe.browser.BrowserPromise} is the promise effect's port on a
 * JavaScript promise's {@code then}.
 *
 * <p>The bindings stay thin and use the browser's own names, so MDN documents them. Where
 * TeaVM's {@code teavm-jso-apis} 0.16 has no binding ({@code MessageChannel},
 * {@code console}, {@code fetch} and its types), a package-private class here declares
 * the few members used.
 *
 * <p>None of these classes works on the JVM: JVM tests use virtual-time implementations
 * of the ports instead.
 */
package io.teaframe.browser;
