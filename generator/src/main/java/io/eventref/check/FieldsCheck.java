package io.eventref.check;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks a line's {@code fields} object against an event's declarations, as the event schemas do:
 * each documented field has its type (and values); other names are accepted with any exporter
 * value and a warning, or rejected when strict. With several declarations the object must fit one of them.
 * Holds scratch state: one per thread.
 */
final class FieldsCheck {

    private static final String PREFIX = "fields.";
    private static final String UNDOCUMENTED = "not documented for this event";

    private final boolean strict;
    private final ValueCheck values = new ValueCheck();
    private final FieldRule[] rules;
    private final Problem[] errors;

    FieldsCheck(boolean strict, int maxVariants) {
        this.strict = strict;
        this.rules = new FieldRule[Math.max(1, maxVariants)];
        this.errors = new Problem[rules.length];
    }

    /**
     * Checks the object at the parser's current {@code START_OBJECT} and leaves the parser on its
     * {@code END_OBJECT}. {@code event} null: the event is undocumented, only values are checked.
     */
    void check(JsonParser parser, EventRules event, Findings findings) throws IOException {
        int count = event == null ? 1 : event.variants().size();
        List<List<Problem>> byVariant = null;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            parser.nextToken();
            FieldRule documented = prepare(event, name, count);
            if (documented == null && event != null) {
                findings.add(undocumented(event, name));
                if (strict) {
                    parser.skipChildren();
                    continue;
                }
            } else if (documented != null && documented.deprecation() != null) {
                findings.warning(PREFIX + name, documented.deprecation());
            }
            boolean failed = values.check(parser, PREFIX, name, rules, count, errors);
            if (strict && count > 1) {
                failed |= rejectUndeclared(PREFIX + name, count);
            }
            if (failed) {
                byVariant = collect(byVariant, count);
            }
        }
        conclude(event, byVariant, findings);
    }

    /**
     * Why field {@code name} is not in the event as of the release ("removed in 2.3.18"), or that
     * the reference does not document it: a warning, an error when strict.
     */
    private Problem undocumented(EventRules event, String name) {
        String absence = event.absentFields().get(name);
        String location = PREFIX + Printable.cut(name);
        String message = absence != null ? absence : UNDOCUMENTED;
        Problem problem = strict ? Problem.error(location, message) : Problem.warning(location, message);
        return absence != null ? problem : problem.guessing(Problem.Guess.FIELD);
    }

    /** Fills {@code rules[0..count)} for field {@code name}; returns the first declaration's rule for it, or null. */
    private FieldRule prepare(EventRules event, String name, int count) {
        if (event == null) {
            rules[0] = null;
            return null;
        }
        FieldRule first = null;
        for (int i = 0; i < count; i++) {
            rules[i] = event.variants().get(i).rule(name);
            if (first == null) {
                first = rules[i];
            }
        }
        return first;
    }

    /** Strict: a field that another declaration has is unknown to the declarations without it. */
    private boolean rejectUndeclared(String location, int count) {
        boolean rejected = false;
        for (int i = 0; i < count; i++) {
            if (rules[i] == null) {
                errors[i] = Problem.error(location, UNDOCUMENTED);
                rejected = true;
            }
        }
        return rejected;
    }

    private List<List<Problem>> collect(List<List<Problem>> byVariant, int count) {
        for (int i = 0; i < count; i++) {
            if (errors[i] != null) {
                if (byVariant == null) {
                    byVariant = new ArrayList<>(count);
                    for (int j = 0; j < count; j++) {
                        byVariant.add(new ArrayList<>(2));
                    }
                }
                byVariant.get(i).add(errors[i]);
            }
        }
        return byVariant;
    }

    /** The object fits when one declaration has no errors; else the errors of the closest one count. */
    private static void conclude(EventRules event, List<List<Problem>> byVariant, Findings findings) {
        if (byVariant == null || byVariant.stream().anyMatch(List::isEmpty)) {
            return;
        }
        int best = 0;
        for (int i = 1; i < byVariant.size(); i++) {
            if (byVariant.get(i).size() < byVariant.get(best).size()) {
                best = i;
            }
        }
        String process = event == null ? null : event.variants().get(best).process();
        for (Problem problem : byVariant.get(best)) {
            findings.add(process == null ? problem
                    : Problem.error(problem.location(), problem.message() + " (as the " + process + " process emits it)"));
        }
    }
}
