package io.teaframe.socket;

import io.teaframe.json.Json;
import io.teaframe.json.JsonParser;
import java.util.Objects;

/**
 * Turns app messages into frames and frames into messages. Three codecs exist:
 *
 * <ul>
 *   <li>{@link #json(JsonParser)}: text frames holding JSON. Incoming messages are
 *       {@link Json} values. An outgoing message is a {@link Json} value or a
 *       {@code String} of JSON text, which is parsed once to check it, because one bad
 *       message would otherwise corrupt the envelope around it. Only this codec
 *       supports the envelope, and with it acknowledged mode and requests.</li>
 *   <li>{@link #text()}: text frames as {@code String}s.</li>
 *   <li>{@link #binary()}: binary frames as {@code byte[]}.</li>
 * </ul>
 *
 * A frame of the other kind (a binary frame for a text codec, for example) does not
 * decode, and is reported like any message that does not decode.
 */
public final class SocketCodec {

    private static final int JSON = 0;
    private static final int TEXT = 1;
    private static final int BINARY = 2;

    private static final SocketCodec TEXT_CODEC = new SocketCodec(TEXT, null);
    private static final SocketCodec BINARY_CODEC = new SocketCodec(BINARY, null);

    private final int kind;
    private final JsonParser parser;

    private SocketCodec(int kind, JsonParser parser) {
        this.kind = kind;
        this.parser = parser;
    }

    /** Returns the JSON codec, reading with {@code parser} ({@code BrowserJson} or {@code JvmJson}). */
    public static SocketCodec json(JsonParser parser) {
        return new SocketCodec(JSON, Objects.requireNonNull(parser, "parser"));
    }

    public static SocketCodec text() {
        return TEXT_CODEC;
    }

    public static SocketCodec binary() {
        return BINARY_CODEC;
    }

    public boolean isJson() {
        return kind == JSON;
    }

    /** Returns the JSON parser of the JSON codec, or null for the others. */
    public JsonParser parser() {
        return parser;
    }

    /**
     * Returns the frame for {@code message}: a {@code String} for a text frame or a
     * {@code byte[]} for a binary one.
     *
     * @throws IllegalArgumentException if the codec cannot encode the message
     */
    public Object encode(Object message) {
        Objects.requireNonNull(message, "message");
        if (kind == JSON) {
            return jsonText(message);
        }
        if (kind == TEXT && message instanceof String) {
            return message;
        }
        if (kind == BINARY && message instanceof byte[]) {
            return message;
        }
        throw new IllegalArgumentException(describe() + " cannot encode a " + message.getClass().getName());
    }

    /**
     * Returns the JSON text of {@code message} for the JSON codec.
     *
     * @throws IllegalArgumentException if it is neither a {@link Json} value nor valid JSON text
     * @throws io.teaframe.json.JsonSyntaxException if it is a string that is not valid JSON
     */
    String jsonText(Object message) {
        if (message instanceof Json) {
            return ((Json) message).toJson();
        }
        if (message instanceof String) {
            parser.parse((String) message);
            return (String) message;
        }
        throw new IllegalArgumentException("the JSON codec encodes a Json value or a String of JSON text, not a "
                + message.getClass().getName());
    }

    /**
     * Returns the message in a text frame.
     *
     * @throws IllegalArgumentException for the binary codec
     * @throws io.teaframe.json.JsonSyntaxException for the JSON codec, when the text is not JSON
     */
    public Object decodeText(String text) {
        if (kind == JSON) {
            return parser.parse(text);
        }
        if (kind == TEXT) {
            return text;
        }
        throw new IllegalArgumentException(describe() + " received a text frame");
    }

    /**
     * Returns the message in a binary frame.
     *
     * @throws IllegalArgumentException unless this is the binary codec
     */
    public Object decodeBytes(byte[] bytes) {
        if (kind == BINARY) {
            return bytes;
        }
        throw new IllegalArgumentException(describe() + " received a binary frame");
    }

    private String describe() {
        if (kind == JSON) {
            return "the JSON codec";
        }
        return kind == TEXT ? "the text codec" : "the binary codec";
    }

    @Override
    public String toString() {
        return describe();
    }
}
