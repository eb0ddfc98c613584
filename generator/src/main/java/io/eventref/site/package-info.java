/** The static site: page records and their rendering; the only user of FreeMarker and jsoup. */
package io.eventref.site;
