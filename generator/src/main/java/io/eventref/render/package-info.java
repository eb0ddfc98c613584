/**
 * What the renderers of a build are given besides the model: where the site will be published
 * ({@link io.eventref.render.BuildOptions}), the facts remembered from earlier builds' output
 * ({@link io.eventref.render.BuildCache}) and the clock of the build's phases
 * ({@link io.eventref.render.Timings}).
 */
package io.eventref.render;
