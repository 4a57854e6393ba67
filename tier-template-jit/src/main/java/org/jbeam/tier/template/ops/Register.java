package org.jbeam.tier.template.ops;

/** An X or Y register: what an instruction may write (contract 2: data crosses instructions only here). */
public sealed interface Register extends Source permits XReg, YReg {}
