/**
 * The conformance captures: the event lines that real Dovecot servers exported under the
 * conformance workload, read once into what each event carried, and the conformance folder around
 * them (the servers run, the reasons an event is not reached); shared by the site and by
 * check-events' coverage report.
 */
package io.eventref.capture;
