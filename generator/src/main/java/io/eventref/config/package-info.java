/** Reads a Dovecot configuration (2.3 and 2.4 syntax, with its includes) and the statistics settings in it. */
package io.eventref.config;
