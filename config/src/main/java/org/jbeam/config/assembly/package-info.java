/**
 * Guice assembly of one VM at start-up ({@link org.jbeam.config.assembly.VmModule}) and the
 * assembled result ({@link org.jbeam.config.assembly.VirtualMachine}); Guice is used here
 * only, never on a running VM's paths.
 */
package org.jbeam.config.assembly;
