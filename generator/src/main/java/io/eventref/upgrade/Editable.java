package io.eventref.upgrade;

import io.eventref.config.ConfigSection;
import io.eventref.config.ConfigSetting;
import io.eventref.config.SourceText;
import io.eventref.model.SourceRef;
import java.util.Objects;

/**
 * A piece of the config the check may rewrite, and the line around it: the line reads
 * {@code prefix + text + suffix}, the text in double quotes when {@code quoted}. Compared by identity:
 * two settings with the same text are two pieces.
 */
final class Editable {

    private final SourceText text;
    private final String prefix;
    private final String suffix;
    private final boolean quoted;
    private final SourceRef line;

    private Editable(SourceText text, String prefix, String suffix, boolean quoted, SourceRef line) {
        this.text = Objects.requireNonNull(text, "text");
        this.prefix = prefix;
        this.suffix = suffix;
        this.quoted = quoted;
        this.line = line;
    }

    /** The value of {@code setting}: {@code key = value}. */
    static Editable valueOf(ConfigSetting setting) {
        return new Editable(setting.value(), setting.name() + " = ", "", setting.form() == ConfigSetting.Form.QUOTED,
                setting.at());
    }

    /** The key of {@code setting}: {@code key = value}. */
    static Editable keyOf(ConfigSetting setting) {
        String value = setting.form() == ConfigSetting.Form.QUOTED ? quote(setting.value().text())
                : setting.value().text();
        return new Editable(setting.key(), "", " = " + value, false, setting.at());
    }

    /** The name of {@code section}: {@code type name {}. */
    static Editable nameOf(ConfigSection section) {
        return new Editable(section.name(), section.type().text() + " ", " {", false, section.at());
    }

    SourceText text() {
        return text;
    }

    SourceRef line() {
        return line;
    }

    /** The line with {@code text} in place of the piece. */
    String line(String newText) {
        return prefix + (quoted ? quote(newText) : newText) + suffix;
    }

    private static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
