package io.eventref.content;

import io.eventref.model.SourceRef;
import java.util.List;
import java.util.Objects;

/** A directive line such as {@code Inherits from: Mail user, Mailbox}, with its values in order. */
public record Directive(DirectiveKind kind, List<String> values, SourceRef source) {

    public Directive {
        Objects.requireNonNull(kind, "kind");
        values = List.copyOf(values);
        Objects.requireNonNull(source, "source");
    }
}
