/**
 * The execution tiers of this build: the names reserved for jbeam's own tiers and the
 * discovery of the tiers on the class path with {@link java.util.ServiceLoader}.
 */
package org.jbeam.config.tiers;
