/** The atom table and the atoms the runtime names in Java. */
package org.jbeam.vm.atom;
