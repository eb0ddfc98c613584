package io.eventref.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class SchemaDownloadsTest {

    @Test
    void listsEveryReleaseNewestFirstWithItsZipFolderAndEventCount() {
        SchemaDownloads downloads = SchemaDownloads.of(SchemaGoldenTest.fixtureReference());

        assertThat(downloads.catalogPath()).isEqualTo("schemas/catalog.json");
        assertThat(downloads.latestFolder()).isEqualTo("schemas/latest/");
        assertThat(downloads.releases()).extracting(SchemaDownloads.Entry::release)
                .containsExactly("2.3.18", "2.3.11", "2.3.9", "2.3.0");
        assertThat(downloads.releases().get(0))
                .isEqualTo(new SchemaDownloads.Entry("2.3.18", true, true, "schemas/2.3.18/",
                        "downloads/eventref-schemas-2.3.18.zip", 3));
        assertThat(downloads.releases().get(1).events()).isEqualTo(4);
        assertThat(downloads.releases().get(1).latest()).isFalse();
    }

    @Test
    void everyListedPathIsAFileTheSchemasWrite() {
        var reference = SchemaGoldenTest.fixtureReference();
        var paths = SchemaSet.of(reference, new SchemaLayout(Optional.empty())).files().stream()
                .map(io.eventref.output.OutputFile::path).toList();

        SchemaDownloads downloads = SchemaDownloads.of(reference);
        assertThat(paths).contains(downloads.catalogPath(), downloads.latestFolder() + SchemaLayout.EVENTS);
        downloads.releases().forEach(entry -> assertThat(paths)
                .contains(entry.zipPath(), entry.folder() + SchemaLayout.COMMON));
    }
}
