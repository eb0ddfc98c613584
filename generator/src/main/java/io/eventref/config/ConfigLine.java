package io.eventref.config;

import io.eventref.model.SourceRef;
import java.util.Objects;

/**
 * What one logical line of a configuration says, as Dovecot's {@code config_parse_line} reads it
 * (2.3.21 and 2.4): {@code key = value}, {@code type [name] {}, {@code }}, {@code !include path},
 * {@code !include_try path}, or something it rejects.
 */
sealed interface ConfigLine {

    record Setting(ConfigSetting setting) implements ConfigLine {
    }

    record SectionStart(SourceText type, SourceText name) implements ConfigLine {
    }

    record SectionEnd(SourceRef at) implements ConfigLine {
    }

    record Include(SourceText path, boolean optional, SourceRef at) implements ConfigLine {
    }

    /** A line Dovecot rejects; {@code recovered} is what it most likely meant, null when nothing is clear. */
    record Malformed(String message, SourceRef at, ConfigLine recovered) implements ConfigLine {
        public Malformed {
            Objects.requireNonNull(message, "message");
            Objects.requireNonNull(at, "at");
        }
    }

    /** Reads {@code line}: comments gone, continued lines joined, not blank. */
    static ConfigLine of(SourceText line) {
        String text = line.text();
        int keyEnd;
        int keyStart = 0;
        int cursor;
        if (text.charAt(0) == '"') {
            keyStart = 1;
            keyEnd = closingQuote(text, 1);
            cursor = Math.min(keyEnd + 1, text.length());
        } else {
            keyEnd = 0;
            while (keyEnd < text.length() && !isSpace(text.charAt(keyEnd)) && text.charAt(keyEnd) != '=') {
                keyEnd++;
            }
            cursor = keyEnd;
        }
        SourceText key = line.slice(keyStart, keyEnd);
        cursor = skipSpace(text, cursor);
        if (key.text().equals("!include") || key.text().equals("!include_try")) {
            return new Include(line.slice(cursor, text.length()), key.text().equals("!include_try"), key.start());
        }
        if (cursor < text.length() && text.charAt(cursor) == '=') {
            return new Setting(setting(key, line, skipSpace(text, cursor + 1)));
        }
        if (key.text().equals("}") && cursor == text.length()) {
            return new SectionEnd(key.start());
        }
        return section(key, line, cursor);
    }

    private static ConfigSetting setting(SourceText key, SourceText line, int start) {
        String text = line.text();
        SourceText value = line.slice(start, text.length());
        if (value.text().startsWith("<")) {
            return new ConfigSetting(key, value.slice(skipSpace(value.text(), 1), value.length()), ConfigSetting.Form.FILE);
        }
        String raw = value.text();
        boolean quoted = raw.length() >= 2 && (raw.charAt(0) == '"' || raw.charAt(0) == '\'')
                && raw.charAt(raw.length() - 1) == raw.charAt(0);
        if (!quoted && raw.indexOf('$') >= 0 && !raw.startsWith("\"") && !raw.startsWith("'")) {
            return new ConfigSetting(key, value, ConfigSetting.Form.VARIABLE);
        }
        if (quoted) {
            return new ConfigSetting(key, unescape(value.slice(1, value.length() - 1)), ConfigSetting.Form.QUOTED);
        }
        return new ConfigSetting(key, value, ConfigSetting.Form.PLAIN);
    }

    /** {@code type {}, {@code type name {}, {@code type "name" {}, or {@code group @group name {} (2.4). */
    private static ConfigLine section(SourceText type, SourceText line, int cursor) {
        String text = line.text();
        SourceText name = line.slice(cursor, cursor);
        if (cursor < text.length() && text.charAt(cursor) != '{') {
            int nameStart = cursor;
            int nameEnd;
            if (text.charAt(cursor) == '"') {
                nameEnd = closingQuote(text, cursor + 1);
                if (nameEnd == text.length()) {
                    return new Malformed("the section name's '\"' is not closed", line.at(cursor), null);
                }
                name = unescape(line.slice(nameStart + 1, nameEnd));
                cursor = nameEnd + 1;
            } else {
                cursor = wordEnd(text, cursor);
                if (type.text().equals("group") && cursor < text.length()) {
                    cursor = wordEnd(text, skipSpace(text, cursor));
                }
                name = line.slice(nameStart, cursor);
            }
            cursor = skipSpace(text, cursor);
        }
        if (cursor == text.length() || text.charAt(cursor) != '{') {
            return new Malformed("expected 'key = value', 'section {' or '}', found '" + text + "'", type.start(), null);
        }
        if (cursor + 1 < text.length()) {
            return new Malformed("unexpected text after '{': a section's entries go on the lines below it",
                    line.at(skipSpace(text, cursor + 1)), new SectionStart(type, name));
        }
        return new SectionStart(type, name);
    }

    /** Dovecot's {@code str_unescape}: a backslash makes the next character itself. */
    private static SourceText unescape(SourceText quoted) {
        SourceText.Builder builder = new SourceText.Builder(quoted.start().file());
        String text = quoted.text();
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\\' && i + 1 < text.length()) {
                i++;
            }
            SourceRef at = quoted.at(i);
            builder.append(text.charAt(i), at.line(), at.column());
        }
        return builder.build(quoted.at(text.length()));
    }

    /** The index of the '"' that closes a quote opened before {@code from}, skipping escaped characters; or the length. */
    private static int closingQuote(String text, int from) {
        int i = from;
        while (i < text.length() && text.charAt(i) != '"') {
            i += text.charAt(i) == '\\' && i + 1 < text.length() ? 2 : 1;
        }
        return Math.min(i, text.length());
    }

    private static int wordEnd(String text, int from) {
        int i = from;
        while (i < text.length() && !isSpace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int skipSpace(String text, int from) {
        int i = from;
        while (i < text.length() && isSpace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0x0b;
    }
}
