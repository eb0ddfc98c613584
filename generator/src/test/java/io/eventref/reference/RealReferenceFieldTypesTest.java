package io.eventref.reference;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventref.Fixtures;
import io.eventref.model.Field;
import io.eventref.model.FieldType;
import io.eventref.model.Reference;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Every field whose C type field-types.tsv knows (in 2.3.21) has the matching type in the model. */
class RealReferenceFieldTypesTest {

    private static final Map<String, FieldType> C_TYPES = Map.of(
            "int", FieldType.INTEGER,
            "str", FieldType.STRING,
            "strlist", FieldType.STRING_LIST,
            "timeval", FieldType.TIMESTAMP,
            // Added as a string by some callers and a list by others: exported values are strings.
            "str,strlist", FieldType.STRING);

    @Test
    void everyFieldHasTheTypeDovecotAddsItWith() {
        Map<String, FieldType> expected = new TreeMap<>();
        for (String line : Fixtures.read(Fixtures.reference("field-types.tsv")).split("\n")) {
            String[] columns = line.split("\t");
            if (columns.length >= 2 && C_TYPES.containsKey(columns[1])) {
                expected.put(columns[0], C_TYPES.get(columns[1]));
            }
        }
        Reference reference = RealReference.reference();
        List<Field> fields = new ArrayList<>(reference.globalFields());
        reference.groups().forEach(group -> fields.addAll(group.fields()));
        reference.events().forEach(event -> fields.addAll(event.fields()));

        assertThat(expected).hasSizeGreaterThan(100);
        assertThat(fields).allSatisfy(field -> {
            if (expected.containsKey(field.name())) {
                assertThat(field.type()).as("type of %s (%s)", field.name(), field.source())
                        .isEqualTo(expected.get(field.name()));
            }
        });
        assertThat(reference.globalFields()).extracting(Field::name, Field::type)
                .contains(org.assertj.core.groups.Tuple.tuple("duration", FieldType.INTEGER));
    }
}
