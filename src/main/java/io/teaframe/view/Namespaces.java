package io.teaframe.view;

/** The XML namespaces the reconciler passes to {@link DomPort#createElement}. */
public final class Namespaces {

    /** The SVG namespace, for {@code <svg>} and the elements inside it. */
    public static final String SVG = "http://www.w3.org/2000/svg";

    private Namespaces() {
    }

    /**
     * Returns the namespace of an element with {@code tag} whose parent's children are in
     * {@code parentChildNamespace}. The HTML parser switches to SVG at {@code <svg>}, so
     * views need not say it.
     */
    static String ofElement(String parentChildNamespace, String tag) {
        if (tag.equals("svg")) {
            return SVG;
        }
        return parentChildNamespace;
    }

    /**
     * Returns the namespace of the children of an element. Inside {@code <foreignObject>}
     * the content is HTML again.
     */
    static String ofChildren(String elementNamespace, String tag) {
        if (SVG.equals(elementNamespace) && tag.equals("foreignObject")) {
            return null;
        }
        return elementNamespace;
    }
}
