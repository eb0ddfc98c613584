package io.eventref.validate;

import io.eventref.content.ContentDraft;
import io.eventref.diagnostic.Diagnostics;
import io.eventref.resolve.LifecycleTable;
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
                new UnknownContextRule(),
                new ContextCycleRule(),
                new EditionRule(),
                new MisplacedRenameRule(),
                new RenamedOutsideLifecycleRule(),
                new RenameConflictRule(),
                new DuplicateDefinitionRule(),
                new DuplicateFieldRule(),
                new UnknownTypeRule(),
                new SnakeCaseRule(),
                new UnknownCategoryRule(),
                new EmptyDescriptionRule());
    }

    /** Validates {@code draft}, working out its lifecycles first. */
    public Diagnostics validate(ContentDraft draft) {
        return validate(draft, LifecycleTable.of(draft));
    }

    /** Validates {@code draft}, whose lifecycles are {@code lifecycles}. */
    public Diagnostics validate(ContentDraft draft, LifecycleTable lifecycles) {
        ContentIndex index = new ContentIndex(draft, lifecycles);
        Diagnostics diagnostics = new Diagnostics();
        for (Rule rule : rules) {
            rule.check(index, diagnostics);
        }
        return diagnostics;
    }
}
