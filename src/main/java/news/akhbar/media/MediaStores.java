package news.akhbar.media;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The store {@code akhbar.media.store} names. */
@ApplicationScoped
class MediaStores {

    @Inject
    MediaConfig config;

    @Inject
    FileMediaStore files;

    @Inject
    DatabaseMediaStore database;

    MediaStore current() {
        return config.store() == MediaConfig.Store.DATABASE ? database : files;
    }
}
