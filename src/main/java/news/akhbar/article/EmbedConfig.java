package news.akhbar.article;

import java.util.List;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** What article bodies may embed beyond the known providers. */
@ConfigMapping(prefix = "akhbar.embeds")
public interface EmbedConfig {

    /**
     * Hosts whose iframes are kept as generic embeds (data graphics, polls): the iframe is kept with its address,
     * sandboxed; an iframe from any other unknown host is dropped.
     */
    @WithDefault("datawrapper.dwcdn.net,flo.uri.sh,e.infogram.com")
    List<String> iframeHosts();
}
