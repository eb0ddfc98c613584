package io.eventref.content;

import io.eventref.diagnostic.Diagnostics;
import io.eventref.model.SourceRef;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Reads text files that must be UTF-8, reporting the first invalid byte with its position. */
final class Utf8 {

    static final String RULE = "invalid-utf8";

    private Utf8() {
    }

    /** The file's text with CRLF turned into LF, or empty when it is not valid UTF-8. */
    static Optional<String> read(Path file, String path, Diagnostics diagnostics) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            return Optional.of(text.replace("\r\n", "\n"));
        } catch (CharacterCodingException e) {
            diagnostics.error(firstInvalidByte(path, bytes), RULE,
                    "the file is not valid UTF-8; save it as UTF-8");
            return Optional.empty();
        }
    }

    private static SourceRef firstInvalidByte(String path, byte[] bytes) {
        int line = 1;
        int column = 1;
        int i = 0;
        while (i < bytes.length) {
            int length = sequenceLength(bytes, i);
            if (length == 0) {
                return new SourceRef(path, line, column);
            }
            if (bytes[i] == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
            i += length;
        }
        return new SourceRef(path, line, column);
    }

    /** The length of the valid UTF-8 sequence at {@code i}, or 0 when it is invalid. */
    private static int sequenceLength(byte[] bytes, int i) {
        int lead = bytes[i] & 0xFF;
        int length = lead < 0x80 ? 1 : lead >= 0xC2 && lead < 0xE0 ? 2 : lead >= 0xE0 && lead < 0xF0 ? 3
                : lead >= 0xF0 && lead < 0xF5 ? 4 : 0;
        if (length == 0 || i + length > bytes.length) {
            return 0;
        }
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, i, length));
            return length;
        } catch (CharacterCodingException e) {
            return 0;
        }
    }
}
