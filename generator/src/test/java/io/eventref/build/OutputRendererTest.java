package io.eventref.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.eventref.schema.SchemaDocument;
import java.util.List;
import org.junit.jupiter.api.Test;

class OutputRendererTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aSchemaThatBreaksTheMetaSchemaFailsTheBuildNamingTheFileAndThePlace() throws Exception {
        ObjectNode good = (ObjectNode) JSON.readTree("{\"type\": \"object\"}");
        ObjectNode bad = (ObjectNode) JSON.readTree("{\"properties\": {\"uid\": {\"type\": \"int\"}}}");

        assertThatThrownBy(() -> OutputRenderer.requireValid(List.of(
                new SchemaDocument("schemas/2.3.21/good.schema.json", good),
                new SchemaDocument("schemas/2.3.21/bad.schema.json", bad))))
                .isInstanceOfSatisfying(InvalidOutputException.class, e -> {
                    assertThat(e.getMessage()).contains("not valid JSON Schema 2020-12");
                    assertThat(e.problems()).isNotEmpty().allSatisfy(problem -> assertThat(problem)
                            .startsWith("schemas/2.3.21/bad.schema.json: /properties/uid/type: "));
                });
    }

    @Test
    void validSchemasPass() throws Exception {
        OutputRenderer.requireValid(List.of(new SchemaDocument("a.schema.json",
                (ObjectNode) JSON.readTree("{\"$schema\": \"https://json-schema.org/draft/2020-12/schema\"}"))));
    }
}
