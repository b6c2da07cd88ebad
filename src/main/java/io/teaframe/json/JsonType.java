package io.teaframe.json;

/** The kinds of JSON value, plus {@link #MISSING} for a field or index that is not there. */
public enum JsonType {
    OBJECT,
    ARRAY,
    STRING,
    NUMBER,
    BOOLEAN,
    NULL,

    /** What {@link Json#get(String)} and {@link Json#at(int)} return for an absent member. */
    MISSING
}
