package io.eventref.schema;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventref.output.OutputFile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

class SchemaZipTest {

    @Test
    void eachReleaseZipHoldsItsFolderSortedWithFixedTimesAndTheSameBytes() throws IOException {
        List<OutputFile> files = SchemaSet.of(SchemaGoldenTest.fixtureReference(), new SchemaLayout(Optional.empty()))
                .files();
        OutputFile zip = file(files, "downloads/eventref-schemas-2.3.11.zip");

        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip.content()))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                names.add(entry.getName());
                assertThat(entry.getTimeLocal()).isEqualTo(LocalDateTime.of(2000, 1, 1, 0, 0));
                assertThat(entry.getExtra()).isNull();
                String path = "schemas/2.3.11/" + entry.getName().substring(entry.getName().indexOf('/') + 1);
                assertThat(in.readAllBytes()).as(entry.getName()).isEqualTo(file(files, path).content());
            }
        }
        assertThat(names).isSorted().hasSize(11)
                .allMatch(name -> name.startsWith("eventref-schemas-2.3.11/"))
                .contains("eventref-schemas-2.3.11/common.schema.json", "eventref-schemas-2.3.11/events.schema.json");
    }

    @Test
    void twoRendersGiveByteIdenticalZips() {
        List<OutputFile> first = SchemaSet.of(SchemaGoldenTest.fixtureReference(), new SchemaLayout(Optional.empty()))
                .files();
        List<OutputFile> second = SchemaSet.of(SchemaGoldenTest.fixtureReference(), new SchemaLayout(Optional.empty()))
                .files();

        assertThat(file(second, "downloads/eventref-schemas-2.3.18.zip").content())
                .isEqualTo(file(first, "downloads/eventref-schemas-2.3.18.zip").content());
    }

    private static OutputFile file(List<OutputFile> files, String path) {
        return files.stream().filter(file -> file.path().equals(path)).findFirst()
                .orElseThrow(() -> new AssertionError("no file " + path));
    }
}
