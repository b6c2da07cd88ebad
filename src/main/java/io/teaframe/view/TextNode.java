package io.teaframe.view;

/** A text node. Its text is written as text data, so markup in it is never parsed. */
final class TextNode extends VNode {

    final String text;

    TextNode(String text) {
        this.text = text;
    }

    @Override
    Object key() {
        return null;
    }

    @Override
    public String toString() {
        return "text \"" + text + "\"";
    }
}
