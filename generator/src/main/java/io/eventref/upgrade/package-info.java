/** {@code eventref upgrade-check}: what an upgrade does to the events, categories and fields a Dovecot config names. */
package io.eventref.upgrade;
