package io.eventref.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventref.Fixtures;
import io.eventref.output.OutputFile;
import io.eventref.render.BuildOptions;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** What can be checked of accessibility without a person: structure, labels, contrast. */
class AccessibilityTest {

    @Test
    void everyPageHasLandmarksOneH1AndALanguage() {
        for (OutputFile file : BuiltSite.FIXTURES.stream().flatMap(fixture -> BuiltSite.of(fixture).stream()).toList()) {
            if (!file.path().endsWith(".html")) {
                continue;
            }
            Document page = Jsoup.parse(new String(file.content(), StandardCharsets.UTF_8));
            assertThat(page.select("h1")).as("h1 of %s", file.path()).hasSize(1);
            assertThat(page.select("body > header, body > main#content, body > footer")).as(file.path()).hasSize(3);
            assertThat(page.select("header nav[aria-label]")).as(file.path()).hasSize(1);
            assertThat(page.select("html").attr("lang")).isEqualTo("en");
            assertThat(page.select("a.skip-link[href=#content]")).hasSize(1);
            for (Element control : page.select("input, select")) {
                assertThat(page.select("label[for=" + control.id() + "]")).as("label of #%s in %s", control.id(),
                        file.path()).hasSize(1);
            }
            assertThat(page.select("button")).allSatisfy(button -> assertThat(button.text()).isNotBlank());
        }
    }

    @Test
    void textColoursMeetWcagAaContrastInBothThemes() {
        String css = Fixtures.read(Fixtures.projectRoot().resolve("templates/assets/eventref.css"));
        Map<String, String> light = variables(css.substring(css.indexOf(":root {"), css.indexOf("}", css.indexOf(":root {"))));
        int dark = css.indexOf(":root[data-theme=\"dark\"]");
        Map<String, String> darkTheme = new HashMap<>(light);
        darkTheme.putAll(variables(css.substring(dark, css.indexOf("}", dark))));
        String[][] pairs = {
            {"fg", "bg"}, {"muted", "bg"}, {"link", "bg"}, {"fg", "panel"}, {"muted", "panel"}, {"link", "panel"},
            {"new-fg", "new-bg"}, {"changed-fg", "changed-bg"}, {"deprecated-fg", "deprecated-bg"},
            {"removed-fg", "removed-bg"}};
        for (Map<String, String> theme : List.of(light, darkTheme)) {
            for (String[] pair : pairs) {
                assertThat(contrast(theme.get(pair[0]), theme.get(pair[1])))
                        .as("contrast of --%s on --%s in %s", pair[0], pair[1], theme == light ? "light" : "dark")
                        .isGreaterThanOrEqualTo(4.5);
            }
        }
    }

    private static Map<String, String> variables(String block) {
        Map<String, String> variables = new HashMap<>();
        Matcher matcher = Pattern.compile("--([a-z-]+):\\s*(#[0-9a-f]{6})").matcher(block);
        while (matcher.find()) {
            variables.put(matcher.group(1), matcher.group(2));
        }
        return variables;
    }

    static double contrast(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(String hex) {
        double[] rgb = new double[3];
        for (int i = 0; i < 3; i++) {
            double c = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
            rgb[i] = c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
    }

    @Test
    void theContrastFormulaIsTheWcagOne() {
        assertThat(contrast("#000000", "#ffffff")).isEqualTo(21.0);
        assertThat(contrast("#777777", "#ffffff")).isLessThan(4.5);
    }
}
