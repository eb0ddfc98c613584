package io.eventref.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventref.render.BuildCache;
import org.junit.jupiter.api.Test;

/** Change notes are inline Markdown: shown as such, and safe. */
class InlineMarkdownTest {

    private final Sanitizer sanitizer = new Sanitizer(BuildCache.disabled());

    @Test
    void codeLinksAndEmphasisBecomeMarkup() {
        assertThat(sanitizer.inline("Contains `unknown` for *unknown* **commands**; see [Reasons](https://doc.dovecot.org/x)."))
                .isEqualTo("Contains <code>unknown</code> for <em>unknown</em> <strong>commands</strong>; see "
                        + "<a href=\"https://doc.dovecot.org/x\" rel=\"nofollow\">Reasons</a>.");
    }

    @Test
    void namesWithUnderscoresAndLoneStarsStayText() {
        assertThat(sanitizer.inline("net_in_bytes replaces bytes_in, _and_ 1:* stays"))
                .isEqualTo("net_in_bytes replaces bytes_in, <em>and</em> 1:* stays");
    }

    @Test
    void markupInANoteIsTextAndScriptLinksAreDropped() {
        assertThat(sanitizer.inline("<script>alert(1)</script> `<b>` [x](javascript:alert)"))
                .isEqualTo("&lt;script&gt;alert(1)&lt;/script&gt; <code>&lt;b&gt;</code> <a rel=\"nofollow\">x</a>");
    }
}
