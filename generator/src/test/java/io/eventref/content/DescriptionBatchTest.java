package io.eventref.content;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventref.Fixtures;
import io.eventref.model.Description;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Rendering a file's descriptions in one batch gives what rendering each on its own gives. */
class DescriptionBatchTest {

    private final Markdown markdown = new Markdown();

    private String alone(String text, boolean inline) {
        String html = markdown.html(text).strip();
        if (inline && html.startsWith("<p>") && html.endsWith("</p>")) {
            return html.substring(3, html.length() - 4);
        }
        return inline ? html : html + "\n";
    }

    /** Every content folder of the fixtures, the rules' broken ones too. */
    private static List<Path> contentFolders() throws IOException {
        List<Path> folders = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(Fixtures.fixture(""))) {
            walk.filter(path -> path.getFileName().toString().equals("content") && Files.isDirectory(path))
                    .sorted().forEach(folders::add);
        }
        return folders;
    }

    @Test
    void everyDescriptionOfEveryFixtureIsAsIfRenderedAlone() throws IOException {
        int checked = 0;
        for (Path folder : contentFolders()) {
            checked += checkAlone(new ContentReader().read(folder, "content").draft());
        }
        assertThat(checked).as("descriptions of items, fields and categories").isGreaterThan(100);
    }

    private int checkAlone(ContentDraft draft) {
        int checked = 0;
        for (FileDraft file : draft.files()) {
            for (ItemDraft item : file.items()) {
                if (!item.description().isEmpty()) {
                    assertThat(item.description().html()).isEqualTo(alone(item.description().markdown(), false));
                    checked++;
                }
                for (FieldDraft field : item.fields()) {
                    assertThat(field.description().html()).as(field.name())
                            .isEqualTo(alone(field.description().markdown(), true));
                    checked++;
                }
            }
            for (CategoryDraft category : file.categories()) {
                assertThat(category.description().html()).isEqualTo(alone(category.description().markdown(), true));
                checked++;
            }
        }
        return checked;
    }

    @Test
    void textsThatWouldReadDifferentlyTogetherAreRenderedAlone() {
        DescriptionBatch batch = new DescriptionBatch();
        int fence = batch.blocks("Before.\n\n```\nunclosed fence");
        int heading = batch.inline("# not a heading in a cell");
        int cut = batch.inline("mentions <!-- eventref:cut --> itself");
        int plain = batch.inline("plain `code` and [a link](#x)");
        int list = batch.blocks("- one\n- two");

        List<Description> rendered = batch.render(markdown);

        assertThat(rendered.get(fence).html()).isEqualTo(alone("Before.\n\n```\nunclosed fence", false));
        assertThat(rendered.get(heading).html()).isEqualTo(alone("# not a heading in a cell", true));
        assertThat(rendered.get(cut).html()).isEqualTo(alone("mentions <!-- eventref:cut --> itself", true));
        assertThat(rendered.get(plain).html()).isEqualTo("plain <code>code</code> and <a href=\"#x\">a link</a>");
        assertThat(rendered.get(list).html()).isEqualTo("<ul>\n<li>one</li>\n<li>two</li>\n</ul>\n");
    }
}
