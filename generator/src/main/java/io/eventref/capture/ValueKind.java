package io.eventref.capture;

/** The JSON kind of a captured field's value, as the line wrote it (an integer is not a number here). */
public enum ValueKind {
    STRING, INTEGER, NUMBER, BOOLEAN, ARRAY, OBJECT, NULL
}
