/** Generates synthetic references of any size in the content format, for benchmarks. */
package io.eventref.synthetic;
