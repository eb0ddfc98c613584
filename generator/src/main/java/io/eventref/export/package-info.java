/** Writes the resolved model as JSON or YAML ({@code model.json}), with a fixed key order. */
package io.eventref.export;
