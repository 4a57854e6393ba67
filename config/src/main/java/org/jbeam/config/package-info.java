/**
 * Assembly of the VM: reference.conf and its schema, Guice wiring of whatever tiers are on the class path, and the command-line launcher.
 */
package org.jbeam.config;
