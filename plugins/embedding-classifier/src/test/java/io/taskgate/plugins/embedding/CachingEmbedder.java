package io.taskgate.plugins.embedding;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The benchmark's embeddings kept on disk between runs ({@code target/embedding-cache-<model>.bin}): a text embedded
 * once by a model is read back, not embedded again, so a second evaluation costs only the fitting. The model is
 * loaded only when a text is missing. Not used by the plugin.
 */
final class CachingEmbedder implements Embedder {

    private final Supplier<Embedder> model;
    private Embedder loaded;
    private final Path file;
    private final Map<String, float[]> vectors = new ConcurrentHashMap<>();
    private int added;

    CachingEmbedder(Supplier<Embedder> model, Path file) {
        this.model = model;
        this.file = file;
        if (Files.isRegularFile(file)) {
            try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
                int n = in.readInt();
                for (int i = 0; i < n; i++) {
                    String text = in.readUTF();
                    float[] v = new float[in.readInt()];
                    for (int j = 0; j < v.length; j++) {
                        v[j] = in.readFloat();
                    }
                    vectors.put(text, v);
                }
            } catch (IOException e) {
                vectors.clear(); // a damaged cache is rebuilt
            }
        }
    }

    synchronized Embedder model() {
        if (loaded == null) {
            loaded = model.get();
        }
        return loaded;
    }

    @Override
    public List<float[]> embedAll(List<String> texts) {
        List<float[]> out = new ArrayList<>(texts.size());
        for (String t : texts) {
            String key = t.length() > 20_000 ? t.substring(0, 20_000) + TaskClassifier.sha256(t) : t;
            float[] v = vectors.get(key);
            if (v == null) {
                v = model().embed(t);
                vectors.put(key, v);
                synchronized (this) {
                    added++;
                }
            }
            out.add(v);
        }
        return out;
    }

    /** Writes the cache back when texts were added. */
    synchronized void save() {
        if (added == 0) {
            return;
        }
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp)))) {
                out.writeInt(vectors.size());
                for (Map.Entry<String, float[]> e : vectors.entrySet()) {
                    out.writeUTF(e.getKey());
                    out.writeInt(e.getValue().length);
                    for (float f : e.getValue()) {
                        out.writeFloat(f);
                    }
                }
            }
            Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            added = 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
