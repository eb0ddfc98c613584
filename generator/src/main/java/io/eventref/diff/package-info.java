/**
 * Compares the reference as it stood in two releases: field-level, inheritance-aware, with the
 * change notes in between and the breaking changes classified; renders the report as Markdown and JSON.
 */
package io.eventref.diff;
