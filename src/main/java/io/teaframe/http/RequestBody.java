package io.teaframe.http;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The body of a request, with the {@code Content-Type} that goes with it. A request
 * without a body has none of these.
 */
public sealed interface RequestBody
        permits RequestBody.JsonBody, RequestBody.FormBody, RequestBody.MultipartBody,
                RequestBody.TextBody, RequestBody.BytesBody {

    /**
     * The {@code Content-Type} sent with the body, or null for multipart bodies, whose
     * type the browser writes itself because it includes the boundary it chose.
     */
    String contentType();

    /** A JSON text, sent as {@code application/json}. */
    static RequestBody json(String jsonText) {
        return new JsonBody(jsonText);
    }

    /** URL-encoded form fields: a name, its value, the next name, and so on. */
    static RequestBody form(String... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("form fields come in pairs of a name and a value");
        }
        return new FormBody(namesAndValues.clone());
    }

    /** An empty multipart body; add fields and files with its methods. */
    static MultipartBody multipart() {
        return new MultipartBody(new ArrayList<>());
    }

    static RequestBody text(String text) {
        return new TextBody(text, "text/plain;charset=UTF-8");
    }

    static RequestBody bytes(byte[] bytes, String contentType) {
        return new BytesBody(bytes.clone(), contentType);
    }

    /** A JSON text, sent as {@code application/json}. The text is sent as given. */
    record JsonBody(String json) implements RequestBody {

        public JsonBody {
            Objects.requireNonNull(json, "json");
        }

        @Override
        public String contentType() {
            return "application/json";
        }
    }

    /** Form fields, sent as {@code application/x-www-form-urlencoded}. */
    record FormBody(String[] namesAndValues) implements RequestBody {

        @Override
        public String contentType() {
            return "application/x-www-form-urlencoded;charset=UTF-8";
        }

        /** The body text: {@code name=value} pairs, encoded, joined by {@code &}. */
        public String encoded() {
            StringBuilder out = new StringBuilder();
            UrlEncoding.appendPairs(out, namesAndValues);
            return out.toString();
        }
    }

    /** A {@code multipart/form-data} body, which the browser sends as {@code FormData}. */
    record MultipartBody(List<Part> parts) implements RequestBody {

        public MultipartBody {
            parts = new ArrayList<>(parts);
        }

        @Override
        public String contentType() {
            return null;
        }

        @Override
        public List<Part> parts() {
            return new ArrayList<>(parts);
        }

        /** Returns a body with the parts so far and a text field. */
        public MultipartBody field(String name, String value) {
            return with(new Part(name, value, null, null, null));
        }

        /** Returns a body with the parts so far and a file. */
        public MultipartBody file(String name, String fileName, String contentType, byte[] bytes) {
            return with(new Part(name, null, bytes.clone(), fileName, contentType));
        }

        private MultipartBody with(Part part) {
            List<Part> more = new ArrayList<>(parts);
            more.add(part);
            return new MultipartBody(more);
        }
    }

    /**
     * One part of a multipart body: a text field when {@code value} is set, a file when
     * {@code bytes} is.
     */
    record Part(String name, String value, byte[] bytes, String fileName, String contentType) {

        public Part {
            Objects.requireNonNull(name, "name");
            if ((value == null) == (bytes == null)) {
                throw new IllegalArgumentException("a part has either a text value or bytes");
            }
        }

        public boolean isFile() {
            return bytes != null;
        }
    }

    /** Text with its own content type. */
    record TextBody(String text, String contentType) implements RequestBody {

        public TextBody {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(contentType, "contentType");
        }
    }

    /** Bytes with their content type. */
    record BytesBody(byte[] bytes, String contentType) implements RequestBody {

        public BytesBody {
            Objects.requireNonNull(bytes, "bytes");
            Objects.requireNonNull(contentType, "contentType");
        }
    }
}
