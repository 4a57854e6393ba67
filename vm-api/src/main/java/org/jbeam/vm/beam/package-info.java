/**
 * Reading {@code .beam} files: the IFF container, every chunk OTP 24-25 writes, the compact
 * term encoding of operands, and the generic instruction table ({@link
 * org.jbeam.vm.beam.GenericOp}, from OTP's {@code genop.tab}). Everything here checks its
 * input and reports a malformed file only through {@link org.jbeam.vm.beam.BeamLoadException};
 * cross-chunk validation and resolution are the loader's ({@code org.jbeam.vm.loader}).
 */
package org.jbeam.vm.beam;
