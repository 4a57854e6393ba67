package org.jbeam.config;

import java.util.ArrayList;
import java.util.List;

import org.jbeam.config.settings.ConfigProblem;
import org.jbeam.config.settings.ConfigurationException;
import org.jbeam.config.settings.EffectiveConfig;
import org.jbeam.config.settings.LaunchEnvironment;
import org.jbeam.config.settings.SettingsBinder;
import org.jbeam.config.settings.SettingsFlags;
import org.jbeam.config.settings.SettingsLoader;
import org.jbeam.config.settings.VmSettings;
import org.jbeam.config.tiers.TierCatalog;

/**
 * Everything start-up checks before anything runs, in one place: the tiers on the class path,
 * then the configuration layers and their binding. Every problem of every step is reported
 * together.
 *
 * @param config   the loaded layers (for {@code jbeam config})
 * @param settings the validated settings
 * @param tiers    the tiers found
 */
public record StartupConfiguration(EffectiveConfig config, VmSettings settings, TierCatalog tiers) {
    /** Discovers the tiers through the environment's class loader, loads and validates. */
    public static StartupConfiguration load(SettingsFlags flags, LaunchEnvironment environment)
            throws ConfigurationException {
        TierCatalog tiers = TierCatalog.discover(environment.classLoader());
        List<ConfigProblem> problems = new ArrayList<>(tiers.problems());
        try {
            EffectiveConfig config = SettingsLoader.load(flags, environment);
            VmSettings settings = SettingsBinder.bind(config, tiers.names(), environment.workingDirectory());
            if (problems.isEmpty()) {
                return new StartupConfiguration(config, settings, tiers);
            }
        } catch (ConfigurationException e) {
            problems.addAll(e.problems());
        }
        throw new ConfigurationException(problems);
    }
}
