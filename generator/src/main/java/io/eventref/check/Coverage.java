package io.eventref.check;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.eventref.model.Category;
import io.eventref.model.FieldNames;
import io.eventref.model.Reference;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * What exported lines cover of one release of the reference, gathered while {@link EventsCheck}
 * checks them (this is its {@link EventsCheck.LineObserver}): the documented events observed, what
 * the lines carry that the release does not document (events, an event's fields, categories), the
 * fields that came from the event's contexts, and the values that do not fit their field. Fields
 * are judged by the rules and the value check that check-events uses ({@link ReleaseRules},
 * {@link ValueCheck}), so the report and the check agree. Memory is bounded ({@link CoverageTally}).
 * Not thread-safe.
 */
public final class Coverage implements EventsCheck.LineObserver {

    static final int MAX_NAMES = CoverageTally.MAX_NAMES;
    /** At most this many categories of a line are looked at. */
    private static final int MAX_CATEGORIES = 1_000;

    private final ReleaseRules rules;
    private final UnreachedReasons reasons;
    private final Predicate<String> documentedCategory;
    private final JsonFactory json = LineChecker.jsonFactory();
    private final ValueCheck values = new ValueCheck();
    private final FieldRule[] scratch;
    private final Problem[] errors;
    private final CoverageTally tally = new CoverageTally();

    /**
     * @param reference the whole reference that {@code rules} were compiled from
     * @param reasons why documented events may not be observed
     */
    public Coverage(Reference reference, ReleaseRules rules, UnreachedReasons reasons) {
        this.rules = Objects.requireNonNull(rules, "rules");
        this.reasons = Objects.requireNonNull(reasons, "reasons");
        this.documentedCategory = categories(reference.asOf(rules.release()).categories());
        this.scratch = new FieldRule[rules.maxVariants()];
        this.errors = new Problem[scratch.length];
    }

    /** Whether a category name is one the release documents (a name such as {@code service:<name>} stands for many). */
    private static Predicate<String> categories(List<Category> categories) {
        Set<String> names = new HashSet<>();
        List<Pattern> patterns = new ArrayList<>();
        for (Category category : categories) {
            if (FieldNames.isPattern(category.name())) {
                patterns.add(Pattern.compile(FieldNames.regex(category.name())));
            } else {
                names.add(category.name());
            }
        }
        return name -> names.contains(name) || patterns.stream().anyMatch(pattern -> pattern.matcher(name).matches());
    }

    @Override
    public void line(String file, long line, byte[] bytes, int offset, int length, LineResult result) {
        if (result.status() == LineResult.Status.MALFORMED || result.event() == null) {
            return;
        }
        try (JsonParser parser = json.createParser(bytes, offset, length)) {
            read(parser, bytes, offset, result.event(), file + ":" + line);
        } catch (IOException e) {
            // The check read the line as JSON; what it found wrong is in its counts.
        }
    }

    /**
     * Reads the line's categories and fields as check-events does: in one pass when the event comes
     * before the fields (as Dovecot writes it), else with the fields read again once it is known.
     */
    private void read(JsonParser parser, byte[] bytes, int offset, String event, String where) throws IOException {
        if (parser.nextToken() != JsonToken.START_OBJECT) {
            return;
        }
        String name = Printable.cut(event);
        EventRules documented = rules.event(event);
        List<String> categories = new ArrayList<>();
        int fieldsStart = -1;
        int fieldsEnd = 0;
        boolean eventRead = false;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            JsonToken value = parser.nextToken();
            if (key.equals("event")) {
                eventRead = true;
            } else if (key.equals("categories") && value == JsonToken.START_ARRAY) {
                strings(parser, categories);
            } else if (key.equals("fields") && value == JsonToken.START_OBJECT && eventRead) {
                fields(parser, documented, name, where);
            } else if (key.equals("fields") && value == JsonToken.START_OBJECT) {
                fieldsStart = (int) parser.currentTokenLocation().getByteOffset();
                parser.skipChildren();
                fieldsEnd = (int) parser.currentLocation().getByteOffset();
            }
            parser.skipChildren();
        }
        if (fieldsStart >= 0) {
            try (JsonParser later = json.createParser(bytes, offset + fieldsStart, fieldsEnd - fieldsStart)) {
                later.nextToken();
                fields(later, documented, name, where);
            }
        }
        for (String category : categories) {
            if (!documentedCategory.test(category)) {
                tally.undocumentedCategory(Printable.cut(category), name);
            }
        }
        if (documented != null) {
            tally.observed(name);
        } else {
            tally.undocumentedEvent(name, undocumented(name));
        }
    }

    /** The strings of the array at the parser's {@code START_ARRAY}, up to its end. */
    private static void strings(JsonParser parser, List<String> into) throws IOException {
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            if (parser.currentToken() == JsonToken.VALUE_STRING && into.size() < MAX_CATEGORIES) {
                into.add(parser.getText());
            }
            parser.skipChildren();
        }
    }

    private String undocumented(String event) {
        String absence = rules.absence(event);
        return absence != null ? absence : "not documented in " + rules.release();
    }

    /** The fields object at the parser's {@code START_OBJECT}, up to its end. */
    private void fields(JsonParser parser, EventRules documented, String event, String where) throws IOException {
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            parser.nextToken();
            if (documented == null) {
                tally.fieldOfUndocumented(event, Printable.cut(field), undocumented(event));
            } else {
                field(documented, event, field, parser, where);
            }
            parser.skipChildren();
        }
    }

    /**
     * Files a field of a documented event, the parser on its value: undocumented, or (any
     * declaration's) own field, or a context field; and whether its value fits a declaration.
     */
    private void field(EventRules event, String eventName, String field, JsonParser value, String where)
            throws IOException {
        int count = 0;
        boolean own = false;
        String context = null;
        for (EventRules.Variant variant : event.variants()) {
            FieldRule rule = variant.rule(field);
            if (rule != null) {
                scratch[count++] = rule;
                own |= rule.context() == null;
                context = context == null ? rule.context() : context;
            }
        }
        String name = Printable.cut(field);
        if (count == 0) {
            String absence = event.absentFields().get(field);
            tally.undocumentedField(eventName, name, absence != null ? absence : "not documented for this event");
            return;
        }
        if (!own) {
            tally.contextField(eventName, name, context);
        }
        String mismatch = mismatch(value, field, count);
        if (mismatch != null) {
            tally.mismatch(eventName, name, scratch[0].type().id(), mismatch, where);
        }
    }

    /**
     * Reads the value at the parser (leaving it on the value's last token): the first declaration's
     * error when the value fits none of the {@code count} rules in {@code scratch}, else null.
     */
    private String mismatch(JsonParser value, String field, int count) throws IOException {
        if (!values.check(value, "", field, scratch, count, errors)) {
            return null;
        }
        for (int i = 0; i < count; i++) {
            if (errors[i] == null) {
                return null;
            }
        }
        return errors[0].message();
    }

    /**
     * The report, once the lines are checked: {@code summary} is the check's, {@code files} the
     * inputs as the report names them.
     */
    public CoverageReport report(CheckSummary summary, List<String> files) {
        return tally.report(summary, files, rules.eventNames(), rules.release(), reasons);
    }
}
