/**
 * The interpreter tier (issue 3): portable Java that runs loaded code pre-decoded into arrays in one dispatch loop. It is the reference the JIT tiers are checked against.
 */
package org.jbeam.tier.interpreter;
