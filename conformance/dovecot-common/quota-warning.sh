#!/bin/sh
# The quota-warning service's script: Dovecot runs it when a user passes 50% of a quota.
exit 0
