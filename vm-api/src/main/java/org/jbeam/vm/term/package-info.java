/**
 * The term model: how each Erlang term is laid out in native memory (contract 1), with one
 * class per kind of term that makes and reads it. Terms are plain {@code long} words; no Java
 * object is an Erlang term.
 */
package org.jbeam.vm.term;
