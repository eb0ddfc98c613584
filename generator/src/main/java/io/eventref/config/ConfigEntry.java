package io.eventref.config;

import io.eventref.model.SourceRef;

/** A line of a configuration that means something: a setting or a section with what it holds. */
public sealed interface ConfigEntry permits ConfigSetting, ConfigSection {

    /** Where the entry starts: its key or its section type. */
    SourceRef at();
}
