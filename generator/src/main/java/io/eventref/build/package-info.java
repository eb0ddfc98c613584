/** The pipeline's stages put together: load (read, validate, resolve), then render and write. */
package io.eventref.build;
