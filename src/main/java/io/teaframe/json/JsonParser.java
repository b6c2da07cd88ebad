package io.teaframe.json;

/**
 * The JSON port: turns a text into a {@link Json} tree.
 *
 * <p>In the browser, {@code io.teaframe.browser.BrowserJson} calls the native
 * {@code JSON.parse} and wraps its result without copying it. On the JVM,
 * {@code io.teaframe.testkit.JvmJson} uses minimal-json. Both give the same reading API,
 * so code that reads a response runs unchanged in tests and in the browser.
 */
@FunctionalInterface
public interface JsonParser {

    /**
     * Parses {@code text}, which must be one complete JSON value.
     *
     * @throws JsonSyntaxException if it is not
     */
    Json parse(String text);
}
