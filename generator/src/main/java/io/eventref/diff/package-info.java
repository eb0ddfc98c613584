/**
 * Compares the reference as it stood in two releases: field-level, inheritance-aware, with the
 * change notes in between and the breaking changes classified; renders the report as Markdown and JSON.
 * The site's compare page repeats the comparison in the browser ({@code templates/assets/compare.js}),
 * step by step; {@code CompareBrowserIT} holds the two equal, so a change here is made there too.
 */
package io.eventref.diff;
