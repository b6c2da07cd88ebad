/**
 * A small typed API for reading JSON, the same on the JVM and in the browser.
 *
 * <p>{@link io.teaframe.json.Json} is a read-only view of a parsed value. The
 * {@link io.teaframe.json.JsonParser} port makes one: in the browser it is the native
 * {@code JSON.parse}, wrapped without a copy, because minimal-json compiled to
 * JavaScript parses many times slower; on the JVM it is minimal-json. Reading a value
 * as the wrong type, or a member that is not there, throws a
 * {@link io.teaframe.json.JsonReadException} that names the path of the value.
 *
 * <p>{@link io.teaframe.json.JsonBuilder} goes the other way: it writes JSON text for
 * request bodies, in plain Java on both platforms.
 */
package io.teaframe.json;
