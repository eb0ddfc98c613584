package io.eventref.output;

/** Where a build's files go as they are made. Implementations are thread-safe. */
@FunctionalInterface
public interface OutputSink {

    /** Takes {@code file}; a path may be given once only. */
    void write(OutputFile file);
}
