package io.eventref.serve;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;

/** Opens a page in the user's browser with the system's own opener ({@code xdg-open}, {@code open}, ...). */
public final class Browser {

    private Browser() {
    }

    /** Asks the system to open {@code uri}; false when there is no opener to ask. */
    public static boolean open(URI uri) {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        List<String> command = os.contains("mac") ? List.of("open", uri.toString())
                : os.contains("win") ? List.of("rundll32", "url.dll,FileProtocolHandler", uri.toString())
                : List.of("xdg-open", uri.toString());
        try {
            new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
