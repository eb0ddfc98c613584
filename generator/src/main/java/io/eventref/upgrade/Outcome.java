package io.eventref.upgrade;

import io.eventref.model.SourceRef;
import io.eventref.model.Version;
import java.util.ArrayList;
import java.util.List;

/** What the checks of one target collect: findings and the edits that rewrite its lines. Not thread-safe. */
final class Outcome {

    private final List<Finding> findings = new ArrayList<>();
    private final List<Spot.Edit> edits = new ArrayList<>();

    void add(Impact severity, String rule, SourceRef at, String message, String name) {
        findings.add(new Finding(severity, rule, at, message, name, null, null));
    }

    void add(Impact severity, String rule, SourceRef at, String message, String name, String replacement,
            Version release) {
        findings.add(new Finding(severity, rule, at, message, name, replacement, release));
    }

    void edit(Spot.Edit edit) {
        if (edits.stream().noneMatch(known -> known.spot().equals(edit.spot()))) {
            edits.add(edit);
        }
    }

    List<Finding> findings() {
        return List.copyOf(findings);
    }

    List<Spot.Edit> edits() {
        return List.copyOf(edits);
    }
}
