package io.eventref.render;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Facts a build derives from its own output (a schema is valid, a page holds these ids and links,
 * a folder zips to these bytes), remembered between builds under the MD5 of what they were
 * derived from, so that a rebuild of unchanged output does not derive them again. MD5 guards
 * against accidental change, which is all a cache of one's own output meets, and costs a third of
 * SHA-256 under the quick-start compiler that short builds run on (it has no SHA intrinsics). A
 * fact is a pure function of that content and of the generator, so a cache made by another
 * version of eventref (another {@code stamp}) is ignored.
 *
 * <p>A cache is one file; it holds the facts the last build used, so it never grows beyond one
 * build's worth. A missing, unreadable or foreign file is an empty cache; a cache that cannot be
 * saved is skipped: the cache only ever saves time. Thread-safe.
 *
 * <p>A process that builds again and again ({@code eventref serve}) keeps its cache in memory
 * ({@link #inMemory}) and hands each build the cache of the last one ({@link #next}). Such a cache
 * also keeps {@linkplain #value values}: what a renderer made (a page's text, a schema file) and the
 * input it made it from, compared by {@code equals}, so that the next build takes the output again
 * when the input is equal instead of rendering it. Values are not kept on disk, nor by other caches.
 */
public final class BuildCache {

    private static final int FORMAT = 2;
    /** Larger facts (the zips of a big reference) cost more to keep than to make again. */
    private static final int MAX_FACT_BYTES = 4 << 20;

    private final Path file;
    private final String stamp;
    private final boolean enabled;
    private final Map<Key, byte[]> previous;
    private final Map<Key, byte[]> used = new ConcurrentHashMap<>();
    /** The values of the last build and of this one, by key; null when values are not kept. */
    private final Map<String, Value> previousValues;
    private final Map<String, Value> usedValues;

    /** A value that a build made, and the input it made it from. */
    private record Value(Object input, Object value) {
    }

    private BuildCache(Path file, String stamp, boolean enabled, Map<Key, byte[]> previous,
            Map<String, Value> previousValues) {
        this.file = file;
        this.stamp = stamp;
        this.enabled = enabled;
        this.previous = previous;
        this.previousValues = previousValues;
        this.usedValues = previousValues == null ? null : new ConcurrentHashMap<>();
    }

    /** A cache that remembers nothing (tests, {@code --no-cache}). */
    public static BuildCache disabled() {
        return new BuildCache(null, "", false, Map.of(), null);
    }

    /** An empty cache kept in memory only, facts and values, for a process that builds again and again. */
    public static BuildCache inMemory() {
        return new BuildCache(null, "", true, Map.of(), Map.of());
    }

    /**
     * A cache for the next build of this process: it knows the facts and values that this build
     * used, and only those (so it holds one build's worth), and saves where this one does.
     */
    public BuildCache next() {
        return new BuildCache(file, stamp, enabled, Map.copyOf(used),
                usedValues == null ? null : Map.copyOf(usedValues));
    }

    /**
     * The cache kept in {@code file} by builds of the generator {@code stamp}; empty when the file
     * is missing, unreadable or of another stamp.
     */
    public static BuildCache open(Path file, String stamp) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(stamp, "stamp");
        return new BuildCache(file, stamp, true, read(file, stamp), null);
    }

    /**
     * The fact of {@code kind} about {@code content}: the remembered one, else {@code derive}'s,
     * which is remembered unless it is null (a fact not worth keeping, such as "invalid").
     * {@code content} is only asked for when the cache is enabled.
     */
    public byte[] fact(String kind, Supplier<byte[]> content, Supplier<byte[]> derive) {
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(derive, "derive");
        if (!enabled) {
            return derive.get();
        }
        Key key = Key.of(kind, content.get());
        byte[] fact = previous.get(key);
        if (fact == null) {
            fact = used.get(key);
        }
        if (fact == null) {
            fact = derive.get();
        }
        if (fact != null && fact.length <= MAX_FACT_BYTES) {
            used.put(key, fact);
        }
        return fact;
    }

    /** Like {@link #fact(String, Supplier, Supplier)} for text content, as UTF-8. */
    public byte[] fact(String kind, String content, Supplier<byte[]> derive) {
        return fact(kind, () -> content.getBytes(StandardCharsets.UTF_8), derive);
    }

    /**
     * What {@code derive} makes of {@code input}, known to the cache by {@code key} (a site path,
     * say): when the cache keeps values and this build or the last one made it from an equal input,
     * that value; else {@code derive}'s. {@code derive} must be a function of {@code input} alone,
     * and {@code input} must compare by value (records, lists, strings); an input that does not
     * (an array, say) only costs the value being made again.
     */
    public <T> T value(String key, Object input, Class<T> type, Supplier<T> derive) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(derive, "derive");
        if (usedValues == null) {
            return derive.get();
        }
        Value known = usedValues.get(key);
        if (known == null || !known.input().equals(input)) {
            known = previousValues.get(key);
        }
        if (known == null || !known.input().equals(input)) {
            known = new Value(input, Objects.requireNonNull(derive.get(), "the value derived for " + key));
        }
        usedValues.put(key, known);
        return type.cast(known.value());
    }

    /** Keeps the facts this build used for the next one (written whole, then moved into place). */
    public void save() {
        if (file == null) {
            return;
        }
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path fresh = Files.createTempFile(file.toAbsolutePath().getParent(), ".build-cache", ".tmp");
            try {
                Files.write(fresh, encode());
                Files.move(fresh, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(fresh);
            }
        } catch (IOException | UnsupportedOperationException e) {
            // Only time is lost: the next build derives the facts again.
        }
    }

    private byte[] encode() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(FORMAT);
            out.writeUTF(stamp);
            out.writeInt(used.size());
            for (Map.Entry<Key, byte[]> entry : used.entrySet()) {
                out.write(entry.getKey().digest());
                out.writeInt(entry.getValue().length);
                out.write(entry.getValue());
            }
        }
        return bytes.toByteArray();
    }

    private static Map<Key, byte[]> read(Path file, String stamp) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(Files.readAllBytes(file)))) {
            if (in.readInt() != FORMAT || !in.readUTF().equals(stamp)) {
                return Map.of();
            }
            int count = in.readInt();
            Map<Key, byte[]> facts = new ConcurrentHashMap<>();
            for (int i = 0; i < count; i++) {
                byte[] digest = in.readNBytes(Key.LENGTH);
                int length = in.readInt();
                if (digest.length != Key.LENGTH || length < 0 || length > MAX_FACT_BYTES) {
                    return Map.of();
                }
                byte[] fact = in.readNBytes(length);
                if (fact.length != length) {
                    return Map.of();
                }
                facts.put(new Key(digest), fact);
            }
            return facts;
        } catch (IOException e) {
            return Map.of();
        }
    }

    /**
     * Where a build writing to {@code out} keeps its cache: one file per output folder under the
     * user's cache folder ({@code $XDG_CACHE_HOME/eventref}, else {@code ~/.cache/eventref}).
     */
    public static Optional<Path> defaultFile(Path out) {
        String xdg = System.getenv("XDG_CACHE_HOME");
        String home = System.getProperty("user.home");
        Path root;
        if (xdg != null && !xdg.isBlank()) {
            root = Path.of(xdg);
        } else if (home != null && !home.isBlank()) {
            root = Path.of(home, ".cache");
        } else {
            return Optional.empty();
        }
        String name = Key.of("out", out.toAbsolutePath().normalize().toString()
                .getBytes(StandardCharsets.UTF_8)).hex().substring(0, 16);
        return Optional.of(root.resolve("eventref").resolve(name + ".cache"));
    }

    /**
     * The stamp of the running generator: its jar's size and time, which change with every build
     * of it; empty when it does not run from a jar (tests), where nothing would tell a change.
     */
    public static Optional<String> generatorStamp() {
        try {
            var source = BuildCache.class.getProtectionDomain().getCodeSource();
            Path jar = source == null ? null : Path.of(source.getLocation().toURI());
            if (jar == null || !Files.isRegularFile(jar)) {
                return Optional.empty();
            }
            return Optional.of(jar.toAbsolutePath() + ":" + Files.size(jar) + ":" + Files.getLastModifiedTime(jar).toMillis());
        } catch (IOException | java.net.URISyntaxException | SecurityException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The MD5 of a fact's kind and content. */
    private record Key(byte[] digest) {
        static final int LENGTH = 16;

        static Key of(String kind, byte[] content) {
            try {
                MessageDigest md5 = MessageDigest.getInstance("MD5");
                md5.update(kind.getBytes(StandardCharsets.UTF_8));
                md5.update((byte) 0);
                md5.update(content);
                return new Key(md5.digest());
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("every JVM has MD5", e);
            }
        }

        String hex() {
            return HexFormat.of().formatHex(digest);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && java.util.Arrays.equals(digest, key.digest);
        }

        @Override
        public int hashCode() {
            return java.util.Arrays.hashCode(digest);
        }

        @Override
        public String toString() {
            return hex();
        }
    }
}
