package io.eventref.serve;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The parameters of a URL's raw query ({@code page=events%2Fx.html&build=3}), the first of each name. */
record Query(Map<String, String> parameters) {

    Query {
        parameters = Map.copyOf(parameters);
    }

    static Query of(String rawQuery) {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (rawQuery != null) {
            for (String pair : rawQuery.split("&")) {
                int equals = pair.indexOf('=');
                String name = equals < 0 ? pair : pair.substring(0, equals);
                String value = equals < 0 ? "" : pair.substring(equals + 1);
                try {
                    parameters.putIfAbsent(URLDecoder.decode(name, StandardCharsets.UTF_8),
                            URLDecoder.decode(value, StandardCharsets.UTF_8));
                } catch (IllegalArgumentException e) {
                    // A malformed escape: the parameter is left out.
                }
            }
        }
        return new Query(parameters);
    }

    Optional<String> get(String name) {
        return Optional.ofNullable(parameters.get(name));
    }
}
