/** The files a build produces, as values, and the one class that writes them to disk. */
package io.eventref.output;
