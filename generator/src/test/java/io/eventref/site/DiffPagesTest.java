package io.eventref.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventref.Fixtures;
import io.eventref.build.ReferenceLoader;
import io.eventref.diff.DiffJson;
import io.eventref.diff.Differ;
import io.eventref.model.Reference;
import io.eventref.model.Release;
import io.eventref.render.BuildOptions;
import java.util.List;
import org.junit.jupiter.api.Test;

class DiffPagesTest {

    @Test
    void theSitesReportsAreTheDiffersWhateverTheOrderTheyAreMadeIn() {
        Reference reference = new ReferenceLoader().load(Fixtures.content(), "content")
                .reference().orElseThrow();
        DiffPages pages = new DiffPages(new PageContext(reference, BuildOptions.defaults(), true));
        List<Release[]> pairs = pages.pairs();

        // In parallel, as the build makes them, each release's copy shared by the two reports that need it.
        List<String> made = pairs.parallelStream().map(pair -> DiffJson.toJson(pages.compare(pair))).toList();
        List<String> expected = pairs.stream().map(pair -> DiffJson.toJson(
                new Differ().compare(reference, pair[0].version(), pair[1].version()))).toList();

        assertThat(made).hasSize(reference.releases().size() - 1).isEqualTo(expected);
        // A report asked for again (after its releases' copies were let go) is still the same.
        assertThat(DiffJson.toJson(pages.compare(pairs.get(3)))).isEqualTo(expected.get(3));
    }
}
