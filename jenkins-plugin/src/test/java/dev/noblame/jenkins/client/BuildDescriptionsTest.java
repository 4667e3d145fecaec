package dev.noblame.jenkins.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BuildDescriptionsTest {

    @Test
    void plain_text_carries_the_id_title_and_link() {
        String line = new BuildDescriptions(Optional.of(URI.create("https://noblame.example.com/")), false)
                .line("INC-9", "Deployment failure: checkout", "opened");

        assertThat(line).isEqualTo("NoBlame: opened incident INC-9 - Deployment failure: checkout https://noblame.example.com/incidents/INC-9");
    }

    @Test
    void safe_html_links_the_id_and_escapes_the_title() {
        String line = new BuildDescriptions(Optional.of(URI.create("https://noblame.example.com/")), true)
                .line("INC-9", "<script>alert('x')</script> & more", "linked");

        assertThat(line).isEqualTo("NoBlame: linked to incident <a href=\"https://noblame.example.com/incidents/INC-9\">INC-9</a> - "
                + "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; more");
    }
}
