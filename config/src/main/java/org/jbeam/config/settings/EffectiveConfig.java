package org.jbeam.config.settings;

import java.util.Optional;

import com.typesafe.config.Config;

/**
 * The configuration layers after loading, before binding: the merged reference.conf files
 * (the schema and the defaults) and the resolved result of every layer, each value still
 * carrying its origin.
 *
 * @param reference the reference.conf files on the class path, merged
 * @param merged    flags over the user's file over reference, resolved
 * @param userFile  the user's file as named (by {@code -config}, {@code vm.conf} or
 *                  {@code JBEAM_CONFIG}), when there is one
 */
public record EffectiveConfig(Config reference, Config merged, Optional<String> userFile) {}
