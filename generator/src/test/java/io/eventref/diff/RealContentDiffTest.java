package io.eventref.diff;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.eventref.model.Reference;
import org.junit.jupiter.api.Test;

/** The done-when checks of the diff on the project's real content. */
class RealContentDiffTest {

    private final Reference reference = References.real();

    @Test
    void from2316To2319ListsTheCacheLookupAsRemovedAndTheUserSessionAsAdded() throws Exception {
        JsonNode json = new ObjectMapper().readTree(DiffJson.toJson(References.compare(reference, "2.3.16", "2.3.19")));

        assertThat(texts(json.at("/events/removed"))).contains("mail_cache_lookup_finished");
        assertThat(texts(json.at("/events/added"))).contains("mail_user_session_finished");
        assertThat(json.at("/breaking").findValuesAsText("event")).contains("mail_cache_lookup_finished");
    }

    @Test
    void from2318To2319ListsTheNewCacheFieldOfThePassdbRequest() throws Exception {
        JsonNode json = new ObjectMapper().readTree(DiffJson.toJson(References.compare(reference, "2.3.18", "2.3.19")));

        JsonNode passdb = changed(json, "auth_passdb_request_finished");
        assertThat(texts(passdb.at("/fields/added"))).containsExactly("cache");
        assertThat(passdb.at("/fields/origins/cache").asText()).isEqualTo("own");
        assertThat(DiffMarkdown.toMarkdown(References.compare(reference, "2.3.18", "2.3.19")))
                .contains("#### `auth_passdb_request_finished`\n\n- Fields added: `cache` (2.3.19)");
    }

    @Test
    void from2310To2319ListsTheMechanismAsGainedByTheAuthRequestThroughItsGroup() throws Exception {
        DiffReport report = References.compare(reference, "2.3.10", "2.3.19");
        JsonNode json = new ObjectMapper().readTree(DiffJson.toJson(report));

        JsonNode request = changed(json, "auth_request_finished");
        assertThat(texts(request.at("/fields/added"))).contains("mechanism");
        assertThat(request.at("/fields/origins/mechanism").asText()).isEqualTo("Auth server request");
        assertThat(DiffMarkdown.toMarkdown(report))
                .containsPattern("#### `auth_request_finished`\n\n- Fields added through Auth server request: "
                        + "`mechanism` \\(2\\.3\\.12\\)");
    }

    @Test
    void from2310To2319SaysTheCacheLookupCameAndWent() {
        DiffReport report = References.compare(reference, "2.3.10", "2.3.19");

        assertThat(report.events().cameAndWent()).extracting(d -> d.subject().name())
                .containsExactly("mail_cache_lookup_finished");
        assertThat(report.events().removed()).isEmpty();
        assertThat(report.events().added()).extracting(d -> d.subject().name())
                .doesNotContain("mail_cache_lookup_finished");
    }

    @Test
    void theSameComparisonGivesTheSameBytes() {
        assertThat(DiffJson.toJson(References.compare(References.real(), "2.3.0", "2.3.21")))
                .isEqualTo(DiffJson.toJson(References.compare(reference, "2.3.0", "2.3.21")));
    }

    private static JsonNode changed(JsonNode json, String event) {
        for (JsonNode entry : json.at("/events/changed")) {
            if (entry.get("name").asText().equals(event)) {
                return entry;
            }
        }
        throw new AssertionError("no changed entry for " + event + " in " + json);
    }

    private static java.util.List<String> texts(JsonNode array) {
        java.util.List<String> texts = new java.util.ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }
}
