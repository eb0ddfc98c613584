package io.eventref.model;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Field names that stand for many: {@code id_param_<param>} is every field whose name starts with
 * {@code id_param_} followed by something (Dovecot adds one per parameter a client sent). A
 * placeholder is a word in angle brackets and matches one or more characters.
 */
public final class FieldNames {

    private static final Pattern PLACEHOLDER = Pattern.compile("<[a-z0-9_]+>");

    private FieldNames() {
    }

    /** Whether {@code name} has a placeholder. */
    public static boolean isPattern(String name) {
        return PLACEHOLDER.matcher(name).find();
    }

    /**
     * The regular expression (anchored) of the names that {@code name} stands for, in the syntax that
     * both Java and JSON Schema (ECMA-262) read: special characters escaped one by one.
     */
    public static String regex(String name) {
        StringBuilder regex = new StringBuilder("^");
        int at = 0;
        Matcher placeholders = PLACEHOLDER.matcher(name);
        while (placeholders.find()) {
            quote(name.substring(at, placeholders.start()), regex).append(".+");
            at = placeholders.end();
        }
        return quote(name.substring(at), regex).append('$').toString();
    }

    private static StringBuilder quote(String literal, StringBuilder regex) {
        for (char c : literal.toCharArray()) {
            if ("\\^$.|?*+()[]{}/".indexOf(c) >= 0) {
                regex.append('\\');
            }
            regex.append(c);
        }
        return regex;
    }

    /** {@code name} with each placeholder as one plain word, for checks of its spelling. */
    public static String withoutPlaceholders(String name) {
        return PLACEHOLDER.matcher(name).replaceAll("x");
    }
}
