package io.eventref.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * An edition of Dovecot. An item's edition is the one it first appears in: {@link #COMMUNITY} items
 * are in every edition, {@link #PRO} items only in OX Dovecot Pro. A release lists the editions its
 * documentation covers (the 2.3 releases were documented for both, the 2.4 ones for the community
 * edition).
 */
public enum Edition {
    COMMUNITY("community", "Dovecot CE"),
    PRO("pro", "OX Dovecot Pro");

    private final String id;
    private final String label;

    Edition(String id, String label) {
        this.id = id;
        this.label = label;
    }

    /** The name content and JSON use, such as {@code pro}. */
    public String id() {
        return id;
    }

    /** The product's name, for readers. */
    public String label() {
        return label;
    }

    /** The edition called {@code id} (any case), if there is one. */
    public static Optional<Edition> fromId(String id) {
        return Arrays.stream(values()).filter(edition -> edition.id.equals(id.toLowerCase(Locale.ROOT))).findFirst();
    }
}
