package io.eventref.validate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class MetaSchemaCheckTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final MetaSchemaCheck check = new MetaSchemaCheck();

    @Test
    void acceptsAValidSchemaWithAnnotationKeywordsOfOurOwn() throws Exception {
        assertThat(check.check("a.schema.json", JSON.readTree("""
                {"$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "a.schema.json",
                 "x-eventref-added": "2.3.9", "deprecated": true,
                 "properties": {"t": {"$ref": "common.schema.json#/$defs/timestamp", "description": "d"}}}
                """))).isEmpty();
    }

    @Test
    void reportsEveryBreachWithTheSchemaNameAndWhereItIs() throws Exception {
        assertThat(check.check("b.schema.json", JSON.readTree("""
                {"$id": "b#x", "properties": {"uid": {"type": "int"}}, "enum": 5}
                """)))
                .anySatisfy(problem -> assertThat(problem).startsWith("b.schema.json: /$id: "))
                .anySatisfy(problem -> assertThat(problem).startsWith("b.schema.json: /properties/uid/type: "))
                .anySatisfy(problem -> assertThat(problem).startsWith("b.schema.json: /enum: "));
    }
}
