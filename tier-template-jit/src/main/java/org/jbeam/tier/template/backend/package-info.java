/**
 * The SPI an arch module implements for the template JIT
 * ({@link org.jbeam.tier.template.backend.TemplateBackend}, found by {@link java.util.ServiceLoader}
 * and picked by {@code os.arch}): the entry stub and, per module, one template interface per
 * instruction family ({@code StructureFamily}, {@code MoveFamily}, {@code FrameFamily},
 * {@code CallFamily}, {@code GuardFamily}, {@code SelectFamily}, {@code DataFamily},
 * {@code BifFamily}, {@code ArithFamily}); {@link org.jbeam.tier.template.backend.TemplateCompiler}
 * drives them over a module's ops with an exhaustive switch and returns the code with each op's
 * start offset ({@link org.jbeam.tier.template.backend.CompiledModule}, for asm dumps and perf
 * maps; a backend names its shared code, the entry stub, as
 * {@link org.jbeam.tier.template.backend.CodeSymbol}s). {@link
 * org.jbeam.tier.template.backend.Helper} is the protocol between generated code and the Java
 * helpers it leaves for.
 */
package org.jbeam.tier.template.backend;
