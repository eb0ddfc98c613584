package io.eventref.site;

import freemarker.core.HTMLOutputFormat;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TimeZone;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The FreeMarker templates and assets of {@code templates/}: those shipped in the jar, or those of
 * a folder ({@code eventref serve}, which reads the templates being edited). One configuration per
 * run, HTML auto-escaping, {@code Locale.ROOT}, missing values are errors, exceptions rethrown.
 * A template receives one precomputed page record as {@code page}. Thread-safe once built; an
 * instance reads each template and asset once, so templates that changed need a new instance.
 */
public final class Templates {

    private final Configuration configuration;
    /** The folder the templates are read from; null: the jar's. */
    private final Path folder;
    private final Map<String, byte[]> assets = new ConcurrentHashMap<>();

    /** The templates shipped in the jar. */
    public Templates() {
        this(null);
    }

    /**
     * The templates of {@code folder} (a copy of the project's {@code templates/}); a template or
     * asset reached through a link that leads out of the folder is refused.
     */
    public static Templates of(Path folder) {
        return new Templates(Objects.requireNonNull(folder, "folder"));
    }

    private Templates(Path folder) {
        this.folder = folder;
        configuration = new Configuration(Configuration.VERSION_2_3_34);
        if (folder == null) {
            configuration.setClassLoaderForTemplateLoading(Templates.class.getClassLoader(), "templates");
        } else {
            try {
                // FreeMarker's file loader refuses a template whose real path is outside the folder.
                configuration.setDirectoryForTemplateLoading(folder.toFile());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the templates folder " + folder, e);
            }
            configuration.setTemplateUpdateDelayMilliseconds(Long.MAX_VALUE);
        }
        configuration.setDefaultEncoding("UTF-8");
        configuration.setOutputEncoding("UTF-8");
        configuration.setLocale(Locale.ROOT);
        configuration.setTimeZone(TimeZone.getTimeZone("UTC"));
        configuration.setRecognizeStandardFileExtensions(true);
        configuration.setOutputFormat(HTMLOutputFormat.INSTANCE);
        configuration.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        configuration.setLogTemplateExceptions(false);
        configuration.setWrapUncheckedExceptions(true);
        configuration.setFallbackOnNullLoopVariable(false);
        configuration.setNumberFormat("computer");
        configuration.setBooleanFormat("c");
    }

    /** Renders {@code name} (such as {@code event.ftlh}) with {@code page} as its data model. */
    public String render(String name, Object page) {
        try {
            Template template = configuration.getTemplate(name);
            StringWriter out = new StringWriter();
            template.process(java.util.Map.of("page", page), out);
            return out.toString();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read template " + name, e);
        } catch (TemplateException e) {
            throw new IllegalStateException("template " + name + " failed: " + e.getMessage(), e);
        }
    }

    /** The bytes of the static file {@code name} of {@code templates/assets/} (such as {@code eventref.css}). */
    byte[] asset(String name) {
        return assets.computeIfAbsent(name, this::readAsset).clone();
    }

    private byte[] readAsset(String name) {
        if (folder != null) {
            Path file = folder.resolve("assets").resolve(name);
            try {
                if (!file.toRealPath().startsWith(folder.toRealPath())) {
                    throw new IllegalStateException("templates/assets/" + name + " is a link out of the templates folder");
                }
                return Files.readAllBytes(file);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the asset templates/assets/" + name, e);
            }
        }
        try (InputStream in = Templates.class.getResourceAsStream("/templates/assets/" + name)) {
            if (in == null) {
                throw new IllegalStateException("asset missing from the classpath: templates/assets/" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
