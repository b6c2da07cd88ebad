package io.teaframe.promise;

/**
 * The reason for a promise's rejection, as a {@code RunPromise}'s failure factory receives it.
 *
 * @param message the reason's {@code message} when it has one, else the reason as text
 * @param reason the reason itself, as the source gave it: a JavaScript value (a
 *     {@code JSObject}) in the browser, any object in tests, or null
 */
public record PromiseRejection(String message, Object reason) {
}
