package saraban.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SafeSnippetTest {
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "ขอ<mark>เชิญ</mark>ประชุม|ขอ<mark>เชิญ</mark>ประชุม",
                "ที่ สส ๐๐๑๗.๒&#x2F;ว ๕๒๕|ที่ สส ๐๐๑๗.๒/ว ๕๒๕",
                "a &amp; b &lt;c&gt;|a &amp; b &lt;c&gt;",
                "<script>alert(1)</script><mark>x</mark>|&lt;script&gt;alert(1)&lt;/script&gt;<mark>x</mark>",
                "<mark>open|<mark>open</mark>",
                "</mark>stray<mark><mark>x</mark>|stray<mark>x</mark>",
                "&lt;mark&gt;typed&lt;/mark&gt;|&lt;mark&gt;typed&lt;/mark&gt;",
                "<mark onclick=x>y</mark>|&lt;mark onclick=x&gt;y",
                "\"quoted\" &#39;a&#39;|&quot;quoted&quot; 'a'",
            })
    void keeps_only_the_highlighters_marks_as_tags(String snippet, String html) {
        assertThat(SafeSnippet.html(snippet)).isEqualTo(html);
    }
}
