/** Builds the immutable {@link io.eventref.model.Reference} from validated drafts: versions and inheritance. */
package io.eventref.resolve;
