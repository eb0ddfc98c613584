package io.eventref.content;

import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.MutableDataSet;
import io.eventref.model.Description;
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

    /**
     * Markdown blocks rendered as one document. (flexmark renders a node taken out of its
     * document without its links, so descriptions are rendered from their text.)
     */
    Description blocks(String markdown) {
        return new Description(markdown, renderer.render(parser.parse(markdown)));
    }

    /** A one-line Markdown text (a table cell) rendered as inline HTML, without a paragraph around it. */
    Description inline(String markdown) {
        if (markdown.isBlank()) {
            return Description.EMPTY;
        }
        String html = renderer.render(parser.parse(markdown)).strip();
        if (html.startsWith("<p>") && html.endsWith("</p>")) {
            html = html.substring(3, html.length() - 4);
        }
        return new Description(markdown, html);
    }
}
