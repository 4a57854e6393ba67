/**
 * The HOCON configuration: loading its layers (reference.conf, the user's file, flags),
 * validating all of it at start-up with file-and-line problems, and binding it to immutable
 * records ({@link org.jbeam.config.settings.VmSettings}) read once at boot; also the per-module
 * tier choice ({@link org.jbeam.config.settings.TierSelector}).
 */
package org.jbeam.config.settings;
