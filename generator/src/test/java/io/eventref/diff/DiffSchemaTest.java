package io.eventref.diff;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Schema;
import io.eventref.model.Reference;
import io.eventref.validate.OwnSchemas;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The JSON report is what {@code schemas/diff-report.schema.json} describes. */
class DiffSchemaTest {

    private final Schema schema = new OwnSchemas().load(OwnSchemas.DIFF_REPORT);

    @Test
    void theFixtureReportMatchesTheSchema() {
        ObjectNode tree = DiffJson.toTree(References.compare(References.fixture(), "2.3.7", "2.3.18"));

        assertThat(schema.validate(tree)).isEmpty();
    }

    @Test
    void theReportOfEveryPairOfTheFixturesAndOfASyntheticReferenceMatchesTheSchema() {
        for (Reference reference : List.of(References.fixture(), References.compareFixture(), References.basic(),
                References.synthetic())) {
            Comparisons comparisons = Comparisons.of(reference);
            for (ReleasePair pair : ReleasePair.all(reference)) {
                assertThat(schema.validate(DiffJson.toTree(comparisons.compare(pair)))).as("%s", pair).isEmpty();
            }
        }
    }

    @Test
    void theSchemaRejectsAnUnknownKindOfBreakingChange() {
        ObjectNode tree = DiffJson.toTree(References.compare(References.fixture(), "2.3.7", "2.3.18"));
        ((ObjectNode) tree.get("breaking").get(0)).put("kind", "event-moved");

        assertThat(schema.validate(tree)).isNotEmpty();
    }
}
