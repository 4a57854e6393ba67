/** Erlang exceptions as Java code of the runtime raises them. */
package org.jbeam.vm.error;
