/**
 * The command-line launcher ({@link org.jbeam.config.Launcher}, a small dispatcher) and its
 * subcommands: {@code check}, {@code config} and {@code tiers}; and the start-up check that
 * runs every validation before anything runs ({@link org.jbeam.config.StartupConfiguration}).
 */
package org.jbeam.config;
