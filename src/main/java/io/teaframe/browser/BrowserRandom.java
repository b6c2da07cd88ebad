package io.teaframe.browser;

import io.teaframe.port.RandomSource;
import org.teavm.jso.JSBody;
import org.teavm.jso.crypto.Crypto;

/**
 * A {@link RandomSource} on {@code Math.random()}. UUIDs come from
 * {@code crypto.randomUUID()} where the browser offers it, which needs a secure context
 * (https, or http on localhost or 127.0.0.1). Elsewhere they are built from
 * {@code Math.random()}.
 */
public final class BrowserRandom implements RandomSource {

    private final boolean hasRandomUuid = hasCryptoRandomUuid();

    @Override
    public double nextDouble() {
        return mathRandom();
    }

    @Override
    public String uuid() {
        return hasRandomUuid ? Crypto.current().randomUUID() : RandomSource.super.uuid();
    }

    @JSBody(script = "return Math.random();")
    private static native double mathRandom();

    @JSBody(script = "return typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function';")
    private static native boolean hasCryptoRandomUuid();
}
