/**
 * {@code eventref serve}: the site built in memory, served on the loopback interface, rebuilt as
 * the content and templates are saved, and open pages reloaded (or shown the content's errors).
 */
package io.eventref.serve;
