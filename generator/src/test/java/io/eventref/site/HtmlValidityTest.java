package io.eventref.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nu.validator.client.EmbeddedValidator;
import nu.validator.validation.SimpleDocumentValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

/** Every page of the built site is valid HTML for the W3C Nu checker: no errors at all. */
class HtmlValidityTest {

    @TempDir
    Path temp;

    /** Collects the checker's errors; warnings and infos do not fail a page. */
    private static final class Errors implements ErrorHandler {
        private final List<String> messages = new ArrayList<>();
        private String page = "";

        @Override
        public void warning(SAXParseException e) {
        }

        @Override
        public void error(SAXParseException e) {
            messages.add(page + ":" + e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage());
        }

        @Override
        public void fatalError(SAXParseException e) {
            error(e);
        }
    }

    @Test
    void everyPageOfTheFixturesSitesIsValidHtml() throws Exception {
        for (String fixture : BuiltSite.FIXTURES) {
            Path site = BuiltSite.write(fixture, temp.resolve(fixture));
            assertThat(check(site)).as(fixture).isEmpty();
        }
    }

    @Test
    void theCheckerFindsErrorsWhenThereAreSome() throws Exception {
        Path site = Files.createDirectories(temp.resolve("broken"));
        Files.writeString(site.resolve("page.html"), "<!DOCTYPE html><html lang=en><title>x</title><p><div></span>");

        assertThat(check(site)).isNotEmpty();
    }

    private static List<String> check(Path site) throws Exception {
        Errors errors = new Errors();
        SimpleDocumentValidator validator = new SimpleDocumentValidator(true, false, false);
        validator.setUpMainSchema(EmbeddedValidator.SCHEMA_URL, errors);
        validator.setUpValidatorAndParsers(errors, true, false);
        List<Path> pages;
        try (Stream<Path> walk = Files.walk(site)) {
            pages = walk.filter(path -> path.toString().endsWith(".html")).sorted().toList();
        }
        assertThat(pages).isNotEmpty();
        for (Path page : pages) {
            errors.page = site.relativize(page).toString();
            validator.checkHtmlFile(page.toFile(), true);
        }
        return errors.messages;
    }
}
