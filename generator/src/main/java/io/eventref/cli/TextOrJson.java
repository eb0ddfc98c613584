package io.eventref.cli;

import java.util.Locale;

/** {@code --format} of the commands that print for people or for machines. */
enum TextOrJson {
    TEXT, JSON;

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
