/**
 * The JSON Schemas of Dovecot's exported event lines, per release: built from the model as
 * Jackson trees with a fixed key order, with the catalog and the per-release zips.
 */
package io.eventref.schema;
