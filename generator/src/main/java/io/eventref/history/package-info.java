/** The history of one event, field or category across the releases, and which events carry a field since when. */
package io.eventref.history;
