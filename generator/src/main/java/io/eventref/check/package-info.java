/**
 * {@code eventref check-events}: validates lines exported by Dovecot's event exporter against the
 * reference as it stood in one release, streaming, with rules compiled once from the model.
 */
package io.eventref.check;
