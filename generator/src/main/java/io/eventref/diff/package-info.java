/**
 * Compares the reference as it stood in two releases: field-level, inheritance-aware, with the
 * change notes in between and the breaking changes classified; words the report once
 * ({@link io.eventref.diff.ReportDocument}) and renders it as Markdown and JSON. It is the only
 * implementation of the comparison: the build makes the report of every pair of releases here
 * ({@link io.eventref.diff.ReleaseReports}), and the site's pages, its compare page and the history
 * show those reports.
 */
package io.eventref.diff;
