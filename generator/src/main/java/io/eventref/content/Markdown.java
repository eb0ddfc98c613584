package io.eventref.content;

import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.List;

/**
 * The Markdown flavour of the content: CommonMark plus GitHub tables, nothing else. One instance
 * is shared by the threads of a run (flexmark's parser and renderer are immutable once built).
 */
final class Markdown {

    private final Parser parser;
    private final HtmlRenderer renderer;

    Markdown() {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create()));
        options.set(TablesExtension.WITH_CAPTION, false);
        options.set(HtmlRenderer.SOFT_BREAK, "\n");
        this.parser = Parser.builder(options).build();
        this.renderer = HtmlRenderer.builder(options).build();
    }

    Document parse(String text) {
        return parser.parse(text);
    }

    /** A Markdown document rendered as HTML. */
    String html(String markdown) {
        return renderer.render(parser.parse(markdown));
    }
}
