package io.eventref.upgrade;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/** Applies edits to the pieces they are in, and gives each piece that changed as a rewritten line. */
final class Rewrites {

    private Rewrites() {
    }

    /** One rewrite per edited piece, in config order; overlapping edits keep the first. */
    static List<Rewrite> of(List<Spot.Edit> edits) {
        Map<Editable, List<Spot.Edit>> byPiece = new IdentityHashMap<>();
        for (Spot.Edit edit : edits) {
            byPiece.computeIfAbsent(edit.spot().in(), piece -> new ArrayList<>()).add(edit);
        }
        List<Rewrite> rewrites = new ArrayList<>();
        byPiece.forEach((piece, pieceEdits) -> rewrites.add(rewrite(piece, pieceEdits)));
        rewrites.sort(Comparator.comparing(Rewrite::at));
        return List.copyOf(rewrites);
    }

    private static Rewrite rewrite(Editable piece, List<Spot.Edit> edits) {
        String original = piece.text().text();
        StringBuilder text = new StringBuilder(original);
        List<Spot.Edit> sorted = edits.stream().sorted(Comparator.comparingInt((Spot.Edit edit) -> edit.spot().start())
                .reversed()).toList();
        int limit = Integer.MAX_VALUE;
        for (Spot.Edit edit : sorted) {
            if (edit.spot().end() <= limit) {
                text.replace(edit.spot().start(), edit.spot().end(), edit.text());
                limit = edit.spot().start();
            }
        }
        return new Rewrite(piece.line(), piece.line(original), piece.line(text.toString()));
    }
}
