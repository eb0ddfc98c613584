/** Problems found in the user's content: collected with position and rule id, reported together. */
package io.eventref.diagnostic;
