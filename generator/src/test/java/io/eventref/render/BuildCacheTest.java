package io.eventref.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuildCacheTest {

    @TempDir
    Path temp;

    private final AtomicInteger derivations = new AtomicInteger();

    private Supplier<byte[]> derive(String fact) {
        return () -> {
            derivations.incrementAndGet();
            return fact == null ? null : fact.getBytes(StandardCharsets.UTF_8);
        };
    }

    private static String text(byte[] fact) {
        return fact == null ? null : new String(fact, StandardCharsets.UTF_8);
    }

    @Test
    void aSavedFactIsNotDerivedAgainByTheNextBuild() {
        Path file = temp.resolve("cache");
        BuildCache first = BuildCache.open(file, "v1");
        assertThat(text(first.fact("links", "<p>page</p>", derive("ids")))).isEqualTo("ids");
        first.save();

        BuildCache second = BuildCache.open(file, "v1");
        assertThat(text(second.fact("links", "<p>page</p>", derive("other")))).isEqualTo("ids");
        assertThat(derivations).hasValue(1);
    }

    @Test
    void otherContentOrAnotherKindIsDerivedAfresh() {
        Path file = temp.resolve("cache");
        BuildCache first = BuildCache.open(file, "v1");
        first.fact("links", "<p>page</p>", derive("ids"));
        first.save();

        BuildCache second = BuildCache.open(file, "v1");
        assertThat(text(second.fact("links", "<p>page!</p>", derive("changed")))).isEqualTo("changed");
        assertThat(text(second.fact("zip", "<p>page</p>", derive("zipped")))).isEqualTo("zipped");
        assertThat(derivations).hasValue(3);
    }

    @Test
    void aCacheOfAnotherGeneratorIsIgnored() {
        Path file = temp.resolve("cache");
        BuildCache first = BuildCache.open(file, "v1");
        first.fact("links", "page", derive("old"));
        first.save();

        assertThat(text(BuildCache.open(file, "v2").fact("links", "page", derive("new")))).isEqualTo("new");
    }

    @Test
    void aNullFactIsNotRemembered() {
        Path file = temp.resolve("cache");
        BuildCache first = BuildCache.open(file, "v1");
        assertThat(first.fact("valid", "schema", derive(null))).isNull();
        first.save();

        assertThat(BuildCache.open(file, "v1").fact("valid", "schema", derive(null))).isNull();
        assertThat(derivations).hasValue(2);
    }

    @Test
    void onlyTheFactsOfTheLastBuildAreKept() {
        Path file = temp.resolve("cache");
        BuildCache first = BuildCache.open(file, "v1");
        first.fact("links", "a", derive("a"));
        first.fact("links", "b", derive("b"));
        first.save();
        BuildCache second = BuildCache.open(file, "v1");
        second.fact("links", "a", derive("a"));
        second.save();

        BuildCache third = BuildCache.open(file, "v1");
        third.fact("links", "b", derive("b"));
        assertThat(derivations).hasValue(3);
    }

    @Test
    void aDamagedOrMissingFileIsAnEmptyCache() throws IOException {
        Path file = temp.resolve("cache");
        BuildCache first = BuildCache.open(file, "v1");
        first.fact("links", "page", derive("ids"));
        first.save();
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length - 3));

        assertThat(text(BuildCache.open(file, "v1").fact("links", "page", derive("again")))).isEqualTo("again");
        assertThat(text(BuildCache.open(temp.resolve("none"), "v1").fact("links", "page", derive("x")))).isEqualTo("x");
    }

    @Test
    void aCacheThatCannotBeSavedOnlyCostsTime() throws IOException {
        Path blocked = temp.resolve("file-not-folder");
        Files.writeString(blocked, "");
        BuildCache cache = BuildCache.open(blocked.resolve("cache"), "v1");
        cache.fact("links", "page", derive("ids"));

        cache.save();

        assertThat(Files.readString(blocked)).isEmpty();
    }

    @Test
    void aDisabledCacheDerivesEveryTime() {
        BuildCache cache = BuildCache.disabled();
        cache.fact("links", "page", derive("ids"));
        cache.save();
        cache.fact("links", "page", derive("ids"));
        assertThat(derivations).hasValue(2);
    }

    @Test
    void eachSiteFolderHasItsOwnCacheFile() {
        assertThat(BuildCache.defaultFile(temp.resolve("a"))).isNotEqualTo(BuildCache.defaultFile(temp.resolve("b")));
        assertThat(BuildCache.defaultFile(temp.resolve("a"))).isEqualTo(BuildCache.defaultFile(temp.resolve("x/../a")));
    }

    private Supplier<String> made(String value) {
        return () -> {
            derivations.incrementAndGet();
            return value;
        };
    }

    @Test
    void theNextBuildInMemoryTakesAValueAgainForAnEqualInput() {
        BuildCache first = BuildCache.inMemory();
        first.value("events/a.html", List.of("event.ftlh", "record"), String.class, made("<p>a</p>"));

        BuildCache second = first.next();
        String again = second.value("events/a.html", List.of("event.ftlh", "record"), String.class, made("other"));
        String changed = second.value("events/a.html", List.of("event.ftlh", "edited"), String.class, made("<p>b</p>"));

        assertThat(again).isEqualTo("<p>a</p>");
        assertThat(changed).isEqualTo("<p>b</p>");
        assertThat(derivations).hasValue(2);
    }

    @Test
    void aBuildInMemoryKeepsOnlyTheValuesAndFactsItUsed() {
        BuildCache first = BuildCache.inMemory();
        first.value("kept", "input", String.class, made("k"));
        first.value("dropped", "input", String.class, made("d"));
        first.fact("links", "page", derive("ids"));
        BuildCache second = first.next();
        second.value("kept", "input", String.class, made("x"));

        BuildCache third = second.next();
        third.value("dropped", "input", String.class, made("d again"));
        third.fact("links", "page", derive("ids again"));

        assertThat(derivations).hasValue(5);
    }

    @Test
    void cachesOnDiskAndDisabledOnesMakeEveryValueAfresh() {
        BuildCache onDisk = BuildCache.open(temp.resolve("cache"), "v1");
        onDisk.value("page", "input", String.class, made("a"));
        onDisk.save();
        BuildCache.open(temp.resolve("cache"), "v1").value("page", "input", String.class, made("a"));
        BuildCache.disabled().next().value("page", "input", String.class, made("a"));

        assertThat(derivations).hasValue(3);
    }
}
