package io.eventref;

import java.util.SplittableRandom;

/**
 * A small fuzzing harness for the {@code *FuzzTest} classes: a property is tried on inputs made
 * from a seeded random source, each try from its own seed, so that any failure names the seed
 * that reproduces it. {@code mvn verify} runs a short budget from a fixed seed (the same inputs
 * every time); {@code bench/fuzz.sh} runs a long one from a new seed
 * ({@code -Deventref.fuzz.tries=N -Deventref.fuzz.seed=S}).
 */
public final class Fuzz {

    /** The seed of the short budget. */
    private static final long DEFAULT_SEED = 16;

    private Fuzz() {
    }

    /** One try of a property, with its random source. */
    @FunctionalInterface
    public interface Try {
        void run(SplittableRandom random) throws Exception;
    }

    /** Runs {@code property} {@code eventref.fuzz.tries} times (default {@code tries}). */
    public static void check(String property, int tries, Try one) {
        int count = Integer.getInteger("eventref.fuzz.tries", tries);
        long base = Long.getLong("eventref.fuzz.seed", DEFAULT_SEED);
        for (int i = 0; i < count; i++) {
            long seed = base * 1_000_003L + i;
            try {
                one.run(new SplittableRandom(seed));
            } catch (Exception | AssertionError e) {
                throw new AssertionError(property + ": try " + i + " failed; run it alone with"
                        + " -Deventref.fuzz.seed=" + base + " (its seed is " + seed + "): " + e.getMessage(), e);
            }
        }
    }

    /** One of {@code choices}. */
    @SafeVarargs
    public static <T> T pick(SplittableRandom random, T... choices) {
        return choices[random.nextInt(choices.length)];
    }

    /** Up to {@code max} random bytes. */
    public static byte[] bytes(SplittableRandom random, int max) {
        byte[] bytes = new byte[random.nextInt(max + 1)];
        random.nextBytes(bytes);
        return bytes;
    }

    /** Up to {@code max} random characters, from all of Unicode's planes and the ASCII controls. */
    public static String text(SplittableRandom random, int max) {
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(max + 1);
        for (int i = 0; i < length; i++) {
            int kind = random.nextInt(4);
            int code = switch (kind) {
                case 0 -> random.nextInt(0x80);
                case 1 -> random.nextInt(0x20);
                case 2 -> random.nextInt(0x800, 0x3000);
                default -> random.nextInt(0x10000, 0x10FFFF);
            };
            text.appendCodePoint(code);
        }
        return text.toString();
    }
}
