/**
 * Code that the VM knows of: export and fun entries, and (with the loader) the module table
 * and code server. Entries are native so that every tier, interpreted or generated, reaches
 * a callee the same way (contract 3).
 */
package org.jbeam.vm.code;
