package io.teaframe.browser;

import org.teavm.jso.JSClass;
import org.teavm.jso.JSObject;

/**
 * The browser's {@code console}, missing from teavm-jso-apis 0.16. The two-argument
 * forms pass a JavaScript {@code Error} along, which the console prints with its stack.
 */
@JSClass(name = "console")
final class Console implements JSObject {

    private Console() {
    }

    static native void debug(String message);

    static native void debug(String message, JSObject error);

    static native void info(String message);

    static native void info(String message, JSObject error);

    static native void warn(String message);

    static native void warn(String message, JSObject error);

    static native void error(String message);

    static native void error(String message, JSObject error);
}
