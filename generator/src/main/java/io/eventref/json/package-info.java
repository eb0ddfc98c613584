/** How eventref prints JSON (and YAML) trees: one canonical text form that every stage may use. */
package io.eventref.json;
