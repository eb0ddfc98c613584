/** JMH benchmarks of the inner loops (Markdown parsing, checking one exported line); run by bench/jmh.sh. */
package io.eventref.bench;
