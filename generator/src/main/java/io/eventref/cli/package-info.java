/** The {@code eventref} command line: one picocli class per subcommand; the only user of picocli. */
package io.eventref.cli;
