package io.eventref.upgrade;

import io.eventref.Fixtures;
import io.eventref.config.ConfigReader;
import io.eventref.config.StatsSettings;
import io.eventref.diff.DiffReport;
import io.eventref.diff.Differ;
import io.eventref.model.Reference;
import io.eventref.model.Version;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The upgrade-check fixture: a small reference from 2.3.0 to 2.4.2 with the renames and removals of
 * the 2.3 → 2.4 upgrade ({@code fixtures/upgrade-check/content}), and configs to check against it
 * ({@code configs/<case>/dovecot.conf}).
 */
final class UpgradeFixtures {

    static final Path ROOT = Fixtures.fixture("upgrade-check");

    private static Reference reference;

    private UpgradeFixtures() {
    }

    static synchronized Reference reference() {
        if (reference == null) {
            reference = Fixtures.load(ROOT.resolve("content"));
        }
        return reference;
    }

    static Path config(String name) {
        return ROOT.resolve("configs").resolve(name).resolve("dovecot.conf");
    }

    static ConfigReader.Result read(String name) {
        try {
            return new ConfigReader().read(config(name), "dovecot.conf");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The report on {@code configs/name} from {@code from} (null: the release its syntax implies) to {@code to}. */
    static UpgradeReport check(String name, String from, String to) {
        ConfigReader.Result config = read(name);
        Version older;
        String reason = "";
        if (from == null) {
            StartingRelease start = StartingRelease.of(reference(), StatsSettings.of(config.root()).syntax());
            older = start.version();
            reason = start.reason();
        } else {
            older = Version.parse(from);
        }
        Version newer = Version.parse(to);
        return new UpgradeCheck(reference(), older, newer, diff(older, newer)).check(config, "dovecot.conf", reason);
    }

    static DiffReport diff(Version from, Version to) {
        return from.equals(to) ? new DiffReport(from, to, List.of()) : new Differ().compare(reference(), from, to);
    }
}
