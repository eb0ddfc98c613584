package io.eventref.diff;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Schema;
import io.eventref.model.Reference;
import io.eventref.model.Version;
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
    void theReportOfEveryPairOfConsecutiveReleasesAndOfTheWholeSpanMatchesTheSchema() {
        Reference real = References.real();
        List<Version> versions = real.versions();
        for (int i = 1; i < versions.size(); i++) {
            assertThat(schema.validate(DiffJson.toTree(new Differ().compare(real, versions.get(i - 1), versions.get(i)))))
                    .as("%s to %s", versions.get(i - 1), versions.get(i)).isEmpty();
        }
        assertThat(schema.validate(DiffJson.toTree(new Differ().compare(real, versions.get(0),
                versions.get(versions.size() - 1))))).isEmpty();
    }

    @Test
    void theSchemaRejectsAnUnknownKindOfBreakingChange() {
        ObjectNode tree = DiffJson.toTree(References.compare(References.fixture(), "2.3.7", "2.3.18"));
        ((ObjectNode) tree.get("breaking").get(0)).put("kind", "event-moved");

        assertThat(schema.validate(tree)).isNotEmpty();
    }
}
