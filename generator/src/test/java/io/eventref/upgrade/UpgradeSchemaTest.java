package io.eventref.upgrade;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Schema;
import io.eventref.Fixtures;
import io.eventref.validate.MetaSchemaCheck;
import io.eventref.validate.OwnSchemas;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The JSON report is what {@code schemas/upgrade-check.schema.json} describes. */
class UpgradeSchemaTest {

    private final Schema schema = new OwnSchemas().load("upgrade-check.schema.json");

    @Test
    void theSchemaIsAValidSchema() {
        assertThat(new MetaSchemaCheck().check("upgrade-check.schema.json", OwnSchemas.read("upgrade-check.schema.json")))
                .isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"done-when", "v23", "v23-legacy", "v24", "untouched", "malformed"})
    void theReportOfEveryFixtureConfigMatchesTheSchema(String config) {
        ObjectNode tree = ReportJson.tree(UpgradeFixtures.check(config, null, "2.4.1"));

        assertThat(schema.validate(tree)).isEmpty();
    }

    @Test
    void theJsonReportIsTheGoldenOne() {
        Fixtures.assertGolden(UpgradeFixtures.ROOT.resolve("expected/v23.json"),
                ReportJson.render(UpgradeFixtures.check("v23", null, "2.4.1")));
    }

    @Test
    void theSchemaRejectsAnUnknownRuleOrStatus() {
        ObjectNode tree = ReportJson.tree(UpgradeFixtures.check("done-when", "2.3.21", "2.4.1"));
        ObjectNode target = (ObjectNode) tree.get("targets").get(0);
        ((ObjectNode) target.get("findings").get(0)).put("rule", "field-moved");

        assertThat(schema.validate(tree)).isNotEmpty();
        ((ObjectNode) target.get("findings").get(0)).put("rule", "field-renamed");
        target.put("status", "fine");
        assertThat(schema.validate(tree)).isNotEmpty();
    }
}
