package io.eventref.history;

import io.eventref.model.Field;
import io.eventref.model.Lifecycle;
import io.eventref.model.Version;
import java.util.Locale;
import java.util.Objects;

/** A lookup as text for people: each timeline one line per moment, then the carriers of a field. */
public final class HistoryText {

    private final Version first;

    /** {@code first}: the first listed release, which undated additions are shown as. */
    public HistoryText(Version first) {
        this.first = Objects.requireNonNull(first, "first");
    }

    public String render(Lookup lookup) {
        StringBuilder out = new StringBuilder();
        for (Timeline timeline : lookup.timelines()) {
            if (out.length() > 0) {
                out.append('\n');
            }
            out.append(capitalised(timeline.kind().id())).append(' ').append(timeline.name()).append('\n');
            boolean ofField = timeline.kind() == Timeline.Kind.FIELD;
            timeline.moments().forEach(moment -> out.append(line(moment, ofField)).append('\n'));
        }
        if (!lookup.carriers().isEmpty()) {
            if (out.length() > 0) {
                out.append('\n');
            }
            out.append("Field ").append(lookup.field()).append(" is carried by ")
                    .append(lookup.carriers().size()).append(lookup.carriers().size() == 1 ? " event" : " events")
                    .append(":\n");
            int width = lookup.carriers().stream().mapToInt(carrier -> event(carrier).length()).max().orElse(0);
            lookup.carriers().forEach(carrier -> out.append(line(carrier, width)).append('\n'));
        }
        return out.toString();
    }

    /** A moment; the field is not named again in the timeline of that field. */
    private String line(Moment moment, boolean ofField) {
        String version = moment.version() == null ? first.toString() : moment.version().toString();
        String what = moment.version() == null ? "present in the first listed release" : switch (moment.what()) {
            case RENAMED_FROM -> "renamed from " + moment.otherName();
            case RENAMED_TO -> "renamed to " + moment.otherName();
            default -> moment.what().id();
        };
        String text = moment.field() == null || ofField ? what : field(moment.field(), moment.origin()) + " " + what;
        if (moment.field() != null && moment.what() == Moment.What.ADDED && isGroup(moment.origin())) {
            text += " through " + moment.origin();
        }
        return String.format(Locale.ROOT, "  %-8s %s", version, moment.note() == null ? text : text + ": " + moment.note());
    }

    private static String event(Carrier carrier) {
        return carrier.event() + (carrier.process() == null ? "" : " (process " + carrier.process() + ")");
    }

    private String line(Carrier carrier, int width) {
        Lifecycle lifecycle = carrier.lifecycle();
        StringBuilder text = new StringBuilder("since ").append(lifecycle.added() == null ? first + " (first listed)"
                : lifecycle.added().toString());
        text.append(", ").append(isGroup(carrier.origin()) ? "through " + carrier.origin() : carrier.origin());
        if (lifecycle.deprecated() != null) {
            text.append(", deprecated in ").append(lifecycle.deprecated());
        }
        if (lifecycle.removed() != null) {
            text.append(", removed in ").append(lifecycle.removed());
        }
        return "  " + pad(event(carrier), width) + "  " + text;
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(width - text.length());
    }

    private static String field(String name, String origin) {
        return (Field.GLOBAL.equals(origin) ? "global field " : "field ") + name;
    }

    private static boolean isGroup(String origin) {
        return !Field.OWN.equals(origin) && !Field.GLOBAL.equals(origin);
    }

    private static String capitalised(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
