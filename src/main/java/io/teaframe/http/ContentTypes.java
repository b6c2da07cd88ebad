package io.teaframe.http;

/** Rules that read a {@code Content-Type} to decide how a body is read. */
final class ContentTypes {

    private ContentTypes() {
    }

    /** Whether {@code contentType} names JSON: {@code application/json} or a {@code +json} type. */
    static boolean isJson(String contentType) {
        String type = essence(contentType);
        return type.equals("application/json") || type.endsWith("+json");
    }

    /**
     * Whether a body of this type is text: JSON, {@code text/*}, XML, JavaScript and form
     * types. A missing type counts as text, since most servers that omit it send text.
     */
    static boolean isText(String contentType) {
        if (contentType == null) {
            return true;
        }
        String type = essence(contentType);
        return type.isEmpty() || isJson(contentType) || type.startsWith("text/") || type.endsWith("+xml")
                || type.equals("application/xml") || type.equals("application/javascript")
                || type.equals("application/x-www-form-urlencoded");
    }

    /** The type and subtype in lower case, without parameters. */
    static String essence(String contentType) {
        if (contentType == null) {
            return "";
        }
        int semicolon = contentType.indexOf(';');
        String type = semicolon < 0 ? contentType : contentType.substring(0, semicolon);
        return type.trim().toLowerCase();
    }
}
