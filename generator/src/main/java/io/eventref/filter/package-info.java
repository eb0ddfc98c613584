/** Dovecot's event filter language ({@code event=x AND NOT category=y}): tokens, a parser into a tree, wildcards. */
package io.eventref.filter;
