package io.eventref.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.eventref.Fixtures;
import io.eventref.json.Json;
import io.eventref.model.Reference;
import io.eventref.model.Version;
import io.eventref.validate.OwnSchemas;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The model export is what schemas/model.schema.json describes, for the fixtures and a synthetic reference, and stable. */
class ModelExportTest {

    private static final Schema SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(OwnSchemas.read(OwnSchemas.MODEL));

    private static List<Reference> references() {
        return List.of(Fixtures.load(Fixtures.content("basic")), Fixtures.load(Fixtures.content("diff")),
                Fixtures.load(Fixtures.content("compare")), Fixtures.load(Fixtures.content("schemas")),
                Fixtures.synthetic(60, 22, 7));
    }

    @Test
    void theExportOfTheWholeModelAndOfEveryReleaseMatchesTheModelSchema() {
        for (Reference reference : references()) {
            assertThat(SCHEMA.validate(new ModelExporter().toTree(reference))).isEmpty();
            for (Version release : reference.versions()) {
                assertThat(SCHEMA.validate(new ModelExporter().toTree(reference.asOf(release))))
                        .as("model as of %s", release).isEmpty();
            }
        }
    }

    @Test
    void theSchemaRejectsAnExportWithAnUnknownFieldType() {
        JsonNode tree = new ModelExporter().toTree(Fixtures.load(Fixtures.content("basic")));
        ((ObjectNode) tree.get("events").get(0).get("fields").get(0)).put("type", "float");

        assertThat(SCHEMA.validate(tree)).isNotEmpty();
    }

    @Test
    void exportingTwoLoadsOfTheContentGivesTheSameBytes() {
        assertThat(Json.pretty(new ModelExporter().toTree(Fixtures.load(Fixtures.content("compare")))))
                .isEqualTo(Json.pretty(new ModelExporter().toTree(Fixtures.load(Fixtures.content("compare")))));
    }
}
