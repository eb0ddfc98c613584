package io.eventref.site;

import java.util.List;
import java.util.Objects;

/**
 * The page of an upgrade from one line of releases to the next (Dovecot 2.3 to 2.4), made of the
 * diff report of the upgrade as an integrator reads it: the breaking changes, the new events, every
 * change, each grouped by area (the reference's sections; categories apart), then what the newer
 * release does not document for an edition the older one did, and "Check your config". All
 * precomputed: hrefs lead to the current pages of what the report names as it was called then.
 * {@code targets} are the pages of the other releases of the newer line; {@code compareHref} is the
 * compare page showing this pair, "" when it does not offer it; {@code checkYourConfigHtml} is
 * sanitised, "" when there is none.
 */
public record UpgradePage(
        Layout layout,
        String heading,
        String from,
        String to,
        InlineText summary,
        List<Link> targets,
        String compareHref,
        List<Link> contents,
        int breakingCount,
        List<Area> breaking,
        int addedCount,
        List<Area> added,
        List<Area> changes,
        String otherEdition,
        List<Area> otherEditionEvents,
        String checkYourConfigHtml) {

    /** An area of the reference (a section, or the categories) with its rows, {@code id} unique in the page. */
    public record Area(String id, Link title, List<Row> rows) {
        public Area {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(title, "title");
            rows = List.copyOf(rows);
        }
    }

    /**
     * One change: {@code label} (the kind of a breaking change, or ""), {@code field} (the field it is
     * about, named as the report names it and linked; empty for an event or category), the events or
     * categories it happened to ({@code items}: one, or for a change to a field that several events share
     * alike, each of them, linked to the field on its page), {@code text} (the rest of the line), and the
     * lines of its changes when there are several.
     */
    public record Row(String label, Text field, List<Link> items, Text text, List<Text> lines) {
        public Row {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(field, "field");
            items = List.copyOf(items);
            Objects.requireNonNull(text, "text");
            lines = List.copyOf(lines);
        }

        /** This row with {@code item} too. */
        Row with(Link item) {
            List<Link> more = new java.util.ArrayList<>(items);
            more.add(item);
            return new Row(label, field, more, text, lines);
        }
    }

    /** Inline text cut into spans: plain, or code (a name), a name linked to its page when {@code href} is not "". */
    public record Text(List<Span> spans) {
        /** No text. */
        static final Text EMPTY = new Text(List.of());

        public Text {
            spans = List.copyOf(spans);
        }
    }

    /** A span of {@link Text}. */
    public record Span(String text, boolean code, String href) {
        public Span {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(href, "href");
        }
    }

    public UpgradePage {
        targets = List.copyOf(targets);
        contents = List.copyOf(contents);
        breaking = List.copyOf(breaking);
        added = List.copyOf(added);
        changes = List.copyOf(changes);
        otherEditionEvents = List.copyOf(otherEditionEvents);
    }
}
