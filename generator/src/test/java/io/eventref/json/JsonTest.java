package io.eventref.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

class JsonTest {

    private static ObjectNode schema(String id) {
        ObjectNode tree = JsonNodeFactory.instance.objectNode();
        tree.put("$id", id);
        tree.put("title", "a \"quoted\" title");
        tree.putObject("properties").put("$id", "nested.json");
        tree.putArray("required").add("event").add("time");
        tree.put("x-release", "2.3.7");
        return tree;
    }

    @Test
    void theCanonicalFormIndentsByTwoSpacesWithOneMemberPerLineAndEndsWithANewline() {
        assertThat(Json.pretty(schema("a.json"))).isEqualTo("""
                {
                  "$id" : "a.json",
                  "title" : "a \\"quoted\\" title",
                  "properties" : {
                    "$id" : "nested.json"
                  },
                  "required" : [
                    "event",
                    "time"
                  ],
                  "x-release" : "2.3.7"
                }
                """);
    }

    @Test
    void replacingATopLevelStringGivesTheTextOfTheChangedTree() {
        String before = Json.pretty(schema("a.json"));

        String after = Json.replaceTopLevel(before, "$id", "a.json", "b \"new\".json");

        assertThat(after).isEqualTo(Json.pretty(schema("b \"new\".json")));
        assertThat(Json.replaceTopLevel(after, "x-release", "2.3.7", "2.3.9")).contains("\"x-release\" : \"2.3.9\"\n}");
    }

    @Test
    void aMemberThatIsNotThereOrOnlyNestedOrWithAnotherValueIsNotReplaced() {
        String text = Json.pretty(schema("a.json"));

        assertThat(Json.replaceTopLevel(text, "$id", "nested.json", "b.json")).isNull();
        assertThat(Json.replaceTopLevel(text, "$id", "a.js", "b.json")).as("a prefix of the value").isNull();
        assertThat(Json.replaceTopLevel(text, "missing", "a.json", "b.json")).isNull();
    }

    @Test
    void compactTextHasNoSpacesAndNoFinalNewline() {
        assertThat(Json.compact(schema("a.json"))).isEqualTo("{\"$id\":\"a.json\",\"title\":\"a \\\"quoted\\\" title\","
                + "\"properties\":{\"$id\":\"nested.json\"},\"required\":[\"event\",\"time\"],\"x-release\":\"2.3.7\"}");
    }
}
