package news.akhbar.media;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import news.akhbar.common.DataDirectory;

/** The default store: {@code <data-dir>/media/<key>/<width>}, for one instance (or several on one shared disk). */
@ApplicationScoped
class FileMediaStore implements MediaStore {

    @Inject
    DataDirectory dataDirectory;

    @Override
    public void put(String key, Map<Integer, byte[]> renditions) {
        Path folder = folder(key);
        try {
            Files.createDirectories(folder);
            for (var rendition : renditions.entrySet()) {
                // Written aside and moved into place, so that a reader never sees half a file.
                Path partial = folder.resolve(rendition.getKey() + ".partial");
                Files.write(partial, rendition.getValue());
                Files.move(
                        partial,
                        folder.resolve(String.valueOf(rendition.getKey())),
                        StandardCopyOption.ATOMIC_MOVE,
                        StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Optional<byte[]> get(String key, int width) {
        try {
            return Optional.of(Files.readAllBytes(folder(key).resolve(String.valueOf(width))));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void delete(String key) {
        Path folder = folder(key);
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // Keys are [A-Za-z0-9_-] only (checked by the resource), so they cannot leave the folder.
    private Path folder(String key) {
        return dataDirectory.resolve("media").resolve(key);
    }
}
