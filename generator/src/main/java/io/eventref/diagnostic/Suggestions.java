package io.eventref.diagnostic;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** "Did you mean ...?" for names that are almost right: for content diagnostics, check-events and the names a Dovecot config mentions. */
public final class Suggestions {

    private Suggestions() {
    }

    /** The closest of {@code candidates} to {@code name}, when it is close enough to be a typo. */
    public static Optional<String> closest(String name, Collection<String> candidates) {
        String best = null;
        int allowed = Math.max(2, name.length() / 4);
        int bestDistance = Integer.MAX_VALUE;
        String lowerName = name.toLowerCase(Locale.ROOT);
        for (String candidate : candidates) {
            if (Math.abs(candidate.length() - name.length()) > allowed) {
                continue; // at least that many edits apart: no typo, and no need to count them
            }
            int distance = distance(lowerName, candidate.toLowerCase(Locale.ROOT));
            if (distance < bestDistance || (distance == bestDistance && best != null && candidate.compareTo(best) < 0)) {
                best = candidate;
                bestDistance = distance;
            }
        }
        if (best != null && bestDistance <= allowed) {
            return Optional.of(best);
        }
        String lower = name.toLowerCase(Locale.ROOT);
        return candidates.stream()
                .filter(candidate -> lower.length() >= 3 && candidate.toLowerCase(Locale.ROOT).startsWith(lower))
                .sorted()
                .findFirst();
    }

    /** " (did you mean 'x'?)" or the empty string. */
    public static String hint(String name, Collection<String> candidates) {
        return closest(name, candidates).map(best -> " (did you mean '" + best + "'?)").orElse("");
    }

    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
