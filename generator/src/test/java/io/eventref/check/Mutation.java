package io.eventref.check;

import io.eventref.Fuzz;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Structured changes to an exported line, for fuzzing: cut it, drop or repeat a part, or put in
 * what breaks parsers (JSON punctuation, deep nesting, huge numbers and keys, bytes that are not
 * UTF-8, NUL, escapes, control and bidi characters).
 */
final class Mutation {

    private static final List<String> HOSTILE = List.of("{", "}", "[", "]", "\"", ":", ",", "\\", "\\u0000", "\\ud800",
            "1e999999", "-", ".", "0", "00", "true", "null", "NaN", "\u0000", "\u001b[31m", "\n", "\r", "\u202e", "é",
            "\"event\":", "\"fields\":{", "\"start_time\":", "-1e308", "1.5", "\uFEFF", "[".repeat(1001),
            "1".repeat(1001), "\"" + "k".repeat(50_001) + "\":1", "\"" + "x".repeat(300) + "\"", "\"plugin_field\":1",
            "\"cmd_nam\":\"x\"");

    private Mutation() {
    }

    /** {@code line} with one to four random changes. */
    static byte[] mutate(byte[] line, SplittableRandom random) {
        byte[] result = line;
        int changes = 1 + random.nextInt(4);
        for (int i = 0; i < changes; i++) {
            result = once(result, random);
        }
        return result;
    }

    private static byte[] once(byte[] line, SplittableRandom random) {
        int position = random.nextInt(line.length + 1);
        int end = Math.min(line.length, position + 1 + random.nextInt(40));
        byte[] payload = switch (random.nextInt(3)) {
            case 0 -> HOSTILE.get(random.nextInt(HOSTILE.size())).getBytes(StandardCharsets.UTF_8);
            case 1 -> Fuzz.bytes(random, 8);
            default -> Fuzz.text(random, 12).getBytes(StandardCharsets.UTF_8);
        };
        ByteArrayOutputStream out = new ByteArrayOutputStream(line.length + payload.length);
        switch (random.nextInt(5)) {
            case 0 -> out.write(line, 0, position);
            case 1 -> {
                out.write(line, 0, position);
                out.write(line, end, line.length - end);
            }
            case 2 -> {
                out.write(line, 0, end);
                out.write(line, position, line.length - position);
            }
            case 3 -> {
                out.write(line, 0, position);
                out.write(payload, 0, payload.length);
                out.write(line, position, line.length - position);
            }
            default -> {
                out.write(line, 0, position);
                out.write(payload, 0, payload.length);
                out.write(line, end, line.length - end);
            }
        }
        return out.toByteArray();
    }
}
