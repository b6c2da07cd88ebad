package io.teaframe.http;

/** Rules that read a {@code Content-Type} to decide how a body is read. */
final class ContentTypes {

    private ContentTypes() {
    }

    /** Whether {@code contentType} names JSON: {@code application/json} or a {@code +json} type. */
    static boolean isJson(String contentType) {
        return isJsonEssence(essence(contentType));
    }

    private static boolean isJsonEssence(String type) {
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
        return type.isEmpty() || isJsonEssence(type) || type.startsWith("text/") || type.endsWith("+xml")
                || type.equals("application/xml") || type.equals("application/javascript")
                || type.equals("application/x-www-form-urlencoded");
    }

    /**
     * The type and subtype in lower case, without parameters. A type that is already so,
     * such as {@code application/json}, is returned as it is: the transport and the
     * decoder read the type of every response, and each new string costs the browser an
     * allocation.
     */
    static String essence(String contentType) {
        if (contentType == null) {
            return "";
        }
        if (isPlainEssence(contentType)) {
            return contentType;
        }
        int semicolon = contentType.indexOf(';');
        String type = semicolon < 0 ? contentType : contentType.substring(0, semicolon);
        return type.trim().toLowerCase();
    }

    /** Returns true if {@code text} has no parameters, no spaces and no capital letters. */
    private static boolean isPlainEssence(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ';' || c <= ' ' || (c >= 'A' && c <= 'Z') || c > '~') {
                return false;
            }
        }
        return true;
    }
}
