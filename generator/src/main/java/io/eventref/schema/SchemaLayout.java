package io.eventref.schema;

import io.eventref.model.Version;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the published schemas live in the site and what their {@code $id}s are. One folder per
 * release ({@code schemas/2.3.21/}) and {@code schemas/latest/}; in each, {@code common.schema.json},
 * {@code events.schema.json} (+ strict) and one {@code <event>.schema.json} (+ strict) per event.
 *
 * <p>With a base URL the {@code $id}s are absolute ({@code https://host/schemas/2.3.21/x.schema.json}).
 * Without one they are the bare file name: a relative {@code $id} is resolved against the URI the
 * schema was retrieved from, so only the file name resolves to itself wherever the folder is
 * served or unpacked, and the relative {@code $ref}s between siblings keep working. Immutable.
 */
public record SchemaLayout(Optional<String> baseUrl) {

    /** The folder of every schema, relative to the site root. */
    public static final String ROOT = "schemas/";
    /** The folder name of the newest release's copy. */
    public static final String LATEST = "latest";
    /** The SchemaStore-style catalog of every schema. */
    public static final String CATALOG = ROOT + "catalog.json";
    /** The shared definitions (envelope, timestamp) of one folder. */
    public static final String COMMON = "common.schema.json";
    /** The schema that accepts any documented event of its release. */
    public static final String EVENTS = "events.schema.json";
    /** Like {@link #EVENTS}, but rejects undocumented events and unknown field names. */
    public static final String EVENTS_STRICT = "events.strict.schema.json";

    public SchemaLayout {
        Objects.requireNonNull(baseUrl, "baseUrl");
        baseUrl = baseUrl.map(url -> url.endsWith("/") ? url : url + "/");
    }

    /** {@code <event>.schema.json}, or {@code <event>.strict.schema.json} when {@code strict}. */
    public static String eventFile(String event, boolean strict) {
        return event + (strict ? ".strict" : "") + ".schema.json";
    }

    /** {@code schemas/<folder>/}: {@code folder} is a release or {@link #LATEST}. */
    public static String folder(String folder) {
        return ROOT + folder + "/";
    }

    /** The site path of {@code file} in {@code folder}. */
    public static String path(String folder, String file) {
        return folder(folder) + file;
    }

    /** The site path of the zip of one release's schemas. */
    public static String zipPath(Version release) {
        return "downloads/eventref-schemas-" + release + ".zip";
    }

    /** The {@code $id} of {@code file} in {@code folder}. */
    public String id(String folder, String file) {
        return baseUrl.map(base -> base + path(folder, file)).orElse(file);
    }

    /** The URL of {@code file} in {@code folder} as the catalog gives it: absolute, or relative to the catalog. */
    public String catalogUrl(String folder, String file) {
        return baseUrl.map(base -> base + path(folder, file)).orElse(folder + "/" + file);
    }
}
