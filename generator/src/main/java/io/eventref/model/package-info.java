/** The immutable, versioned model of the event reference: records and enums, nothing but {@code java.*}. */
package io.eventref.model;
