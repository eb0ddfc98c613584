/** Reads the Markdown and YAML sources of the reference into drafts; the only user of flexmark. */
package io.eventref.content;
