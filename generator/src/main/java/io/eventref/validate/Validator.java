package io.eventref.validate;

import io.eventref.content.ContentDraft;
import io.eventref.diagnostic.Diagnostics;
import java.util.List;

/** Runs every validation rule over the drafts and collects what they report. */
public final class Validator {

    private final List<Rule> rules;

    public Validator() {
        this.rules = List.of(
                new MetadataSchemaRule(new OwnSchemas()),
                new ReleasesRule(),
                new UnknownReleaseRule(),
                new RemovedBeforeAddedRule(),
                new DeprecatedAfterRemovedRule(),
                new FieldBeforeEventRule(),
                new AddedBeforeScopeRule(),
                new DuplicateMarkerRule(),
                new UnknownParentRule(),
                new InheritanceCycleRule(),
                new DuplicateDefinitionRule(),
                new DuplicateFieldRule(),
                new UnknownTypeRule(),
                new SnakeCaseRule(),
                new UnknownCategoryRule(),
                new EmptyDescriptionRule());
    }

    public Diagnostics validate(ContentDraft draft) {
        ContentIndex index = new ContentIndex(draft);
        Diagnostics diagnostics = new Diagnostics();
        for (Rule rule : rules) {
            rule.check(index, diagnostics);
        }
        return diagnostics;
    }
}
