package org.jbeam.arch.x86_64.asm;

import java.util.ArrayList;
import java.util.List;

import org.jbeam.arch.x86_64.asm.Width.Bits32;
import org.jbeam.arch.x86_64.asm.Width.Bits64;
import org.jbeam.arch.x86_64.asm.Width.Bits8;
import org.jbeam.arch.x86_64.asm.Width.Wide;

/**
 * An x86-64 assembler (Intel SDM vol. 2): one method per instruction form, named after its
 * mnemonic, emitting into a growing buffer; {@link #assemble} resolves labels and absolute call
 * targets for the address the code will run at.
 *
 * <p>An instruction is {@code [legacy prefix] [REX] opcode ModRM [SIB] [disp] [imm]}. REX
 * ({@code 0100WRXB}) carries W (64-bit operand) and the fourth bit of the ModRM reg field (R),
 * of the SIB index (X) and of the ModRM rm field or SIB base (B). Forms are chosen for
 * predictability, not minimal size: an immediate is encoded in the width its type says.
 */
public final class Assembler {
    private static final int ADD = 0;
    private static final int OR = 1;
    private static final int AND = 4;
    private static final int SUB = 5;
    private static final int XOR = 6;
    private static final int CMP = 7;

    private static final int SHL = 4;
    private static final int SHR = 5;
    private static final int SAR = 7;

    private static final int OPERAND_SIZE_PREFIX = 0x66;
    private static final int SCALAR_DOUBLE_PREFIX = 0xF2;
    private static final int NO_PREFIX = 0;

    /** Intel's recommended multi-byte NOPs (SDM vol. 2, NOP, table 4-12), by length 1..9. */
    private static final int[][] NOPS = {
            {0x90},
            {0x66, 0x90},
            {0x0F, 0x1F, 0x00},
            {0x0F, 0x1F, 0x40, 0x00},
            {0x0F, 0x1F, 0x44, 0x00, 0x00},
            {0x66, 0x0F, 0x1F, 0x44, 0x00, 0x00},
            {0x0F, 0x1F, 0x80, 0x00, 0x00, 0x00, 0x00},
            {0x0F, 0x1F, 0x84, 0x00, 0x00, 0x00, 0x00, 0x00},
            {0x66, 0x0F, 0x1F, 0x84, 0x00, 0x00, 0x00, 0x00, 0x00},
    };

    private final CodeBuffer code = new CodeBuffer();
    private final List<Fixup> fixups = new ArrayList<>();

    /** Bytes emitted so far: the offset the next instruction starts at. */
    public int position() {
        return code.position();
    }

    // ---------------------------------------------------------------- labels and assembly

    /** A new, unbound label of this assembler. */
    public Label newLabel() {
        return new Label(this);
    }

    /** Binds {@code label} to the current position. */
    public void bind(Label label) {
        ownLabel(label).bindAt(code.position());
    }

    /** The offset a bound label stands for, from the start of the code. */
    public int offsetOf(Label label) {
        if (!ownLabel(label).isBound()) {
            throw new IllegalStateException("label is not bound");
        }
        return label.position();
    }

    /**
     * The finished code for {@code loadAddress} (where its first byte will be executed): every
     * label reference and absolute call target resolved.
     *
     * @throws IllegalStateException if a referenced label is unbound, a short jump does not
     *     reach its label, or an absolute target is beyond 2 GiB of the code
     */
    public byte[] assemble(long loadAddress) {
        byte[] bytes = code.toByteArray();
        for (Fixup fixup : fixups) {
            switch (fixup) {
                case Fixup.ToLabel(int at, int width, Label target, int origin) -> {
                    long distance = boundPosition(target) - origin;
                    if (width == 1 && !Imm8.fits(distance)) {
                        throw new IllegalStateException("short jump at offset " + (at - 1)
                                + " cannot reach its label " + distance + " bytes away");
                    }
                    patch(bytes, at, width, distance);
                }
                case Fixup.ToAddress(int at, long target, int origin) -> {
                    long distance = target - (loadAddress + origin);
                    if (distance != (int) distance) {
                        throw new IllegalStateException(String.format(
                                "target 0x%x is out of rel32 reach of code at 0x%x; call through a register",
                                target, loadAddress + origin));
                    }
                    patch(bytes, at, 4, distance);
                }
                case Fixup.LabelDistance(int at, Label target, Label base) ->
                        patch(bytes, at, 4, boundPosition(target) - boundPosition(base));
            }
        }
        return bytes;
    }

    // ---------------------------------------------------------------- data movement

    /** {@code mov r, r} ({@code 89 /r}; {@code 88 /r} for bytes): the source goes in ModRM.reg. */
    public <W extends Width> void mov(Gp<W> destination, Gp<W> source) {
        regReg(NO_PREFIX, destination, sized(0x88, destination), source.code(), destination.code(), source);
    }

    /** {@code mov r, m} ({@code 8B /r}; {@code 8A /r} for bytes). */
    public <W extends Width> void mov(Gp<W> destination, Mem<W> source) {
        regMem(NO_PREFIX, destination, sized(0x8A, destination), destination.code(), source);
    }

    /** {@code mov m, r} ({@code 89 /r}; {@code 88 /r} for bytes). */
    public <W extends Width> void mov(Mem<W> destination, Gp<W> source) {
        regMem(NO_PREFIX, source, sized(0x88, source), source.code(), destination);
    }

    /**
     * {@code mov r32, imm32} ({@code B8+r id}, upper half zeroed) or {@code mov r64, imm32}
     * ({@code REX.W C7 /0 id}, sign-extended).
     */
    public <W extends Wide> void mov(Gp<W> destination, Imm32 value) {
        if (destination.bits() == 64) {
            regReg(NO_PREFIX, destination, 0xC7, 0, destination.code(), null);
        } else {
            registerInOpcode(false, false, 0xB8, destination.code());
        }
        code.emit32(value.value());
    }

    /** {@code mov r8, imm8} ({@code B0+r ib}). */
    public void mov(Gp<Bits8> destination, Imm8 value) {
        registerInOpcode(false, destination.needsRex(), 0xB0, destination.code());
        code.emit8(value.value());
    }

    /** {@code mov m32/m64, imm32} ({@code C7 /0 id}; sign-extended for a qword). */
    public <W extends Wide> void mov(Mem<W> destination, Imm32 value) {
        memOperandOnly(0xC7, 0, destination);
        code.emit32(value.value());
    }

    /** {@code mov m8, imm8} ({@code C6 /0 ib}). */
    public void mov(Mem<Bits8> destination, Imm8 value) {
        memOperandOnly(0xC6, 0, destination);
        code.emit8(value.value());
    }

    /** {@code movabs r64, imm64} ({@code REX.W B8+r io}): the only form with a full 64-bit immediate. */
    public void movabs(Gp<Bits64> destination, Imm64 value) {
        registerInOpcode(true, false, 0xB8, destination.code());
        code.emit64(value.value());
    }

    /** {@code movzx r, r8} ({@code 0F B6 /r}): the byte zero-extended. */
    public <W extends Wide> void movzx(Gp<W> destination, Gp<Bits8> source) {
        regReg(NO_PREFIX, destination, 0x0FB6, destination.code(), source.code(), source);
    }

    /** {@code movzx r, m8} ({@code 0F B6 /r}). */
    public <W extends Wide> void movzx(Gp<W> destination, Mem<Bits8> source) {
        regMem(NO_PREFIX, destination, 0x0FB6, destination.code(), source);
    }

    /** {@code movsx r, r8} ({@code 0F BE /r}): the byte sign-extended. */
    public <W extends Wide> void movsx(Gp<W> destination, Gp<Bits8> source) {
        regReg(NO_PREFIX, destination, 0x0FBE, destination.code(), source.code(), source);
    }

    /** {@code movsx r, m8} ({@code 0F BE /r}). */
    public <W extends Wide> void movsx(Gp<W> destination, Mem<Bits8> source) {
        regMem(NO_PREFIX, destination, 0x0FBE, destination.code(), source);
    }

    /** {@code movsxd r64, r32} ({@code REX.W 63 /r}): a doubleword sign-extended to 64 bits. */
    public void movsxd(Gp<Bits64> destination, Gp<Bits32> source) {
        regReg(NO_PREFIX, destination, 0x63, destination.code(), source.code(), null);
    }

    /** {@code movsxd r64, m32} ({@code REX.W 63 /r}); reads a jump table of 32-bit offsets. */
    public void movsxd(Gp<Bits64> destination, Mem<Bits32> source) {
        regMem(NO_PREFIX, destination, 0x63, destination.code(), source);
    }

    /** {@code lea r64, m} ({@code REX.W 8D /r}): the operand's address, no memory access. */
    public void lea(Gp<Bits64> destination, Mem<?> source) {
        regMem(NO_PREFIX, destination, 0x8D, destination.code(), source);
    }

    /**
     * {@code lea r64, [rip + label]} ({@code REX.W 8D /r}, ModRM mod=00 rm=101): the label's
     * run-time address, relative to the end of the instruction so the code can move.
     */
    public void lea(Gp<Bits64> destination, Label target) {
        rex(true, destination.code(), 0, 0, false);
        code.emit8(0x8D);
        code.emit8((destination.code() & 7) << 3 | 0b101);
        rel32To(target);
    }

    /** {@code push r64} ({@code 50+r}). */
    public void push(Gp<Bits64> register) {
        registerInOpcode(false, false, 0x50, register.code());
    }

    /** {@code pop r64} ({@code 58+r}). */
    public void pop(Gp<Bits64> register) {
        registerInOpcode(false, false, 0x58, register.code());
    }

    // ---------------------------------------------------------------- integer arithmetic and logic

    /** {@code add r, r}. */
    public <W extends Width> void add(Gp<W> destination, Gp<W> source) { aluRegReg(ADD, destination, source); }
    /** {@code add r, m}. */
    public <W extends Width> void add(Gp<W> destination, Mem<W> source) { aluRegMem(ADD, destination, source); }
    /** {@code add m, r}. */
    public <W extends Width> void add(Mem<W> destination, Gp<W> source) { aluMemReg(ADD, destination, source); }
    /** {@code add r, imm8} (sign-extended). */
    public <W extends Width> void add(Gp<W> destination, Imm8 value) { aluRegImm8(ADD, destination, value); }
    /** {@code add r, imm32}. */
    public <W extends Wide> void add(Gp<W> destination, Imm32 value) { aluRegImm32(ADD, destination, value); }
    /** {@code add m, imm8} (sign-extended). */
    public <W extends Width> void add(Mem<W> destination, Imm8 value) { aluMemImm8(ADD, destination, value); }
    /** {@code add m, imm32}. */
    public <W extends Wide> void add(Mem<W> destination, Imm32 value) { aluMemImm32(ADD, destination, value); }

    /** {@code sub r, r}. */
    public <W extends Width> void sub(Gp<W> destination, Gp<W> source) { aluRegReg(SUB, destination, source); }
    /** {@code sub r, m}. */
    public <W extends Width> void sub(Gp<W> destination, Mem<W> source) { aluRegMem(SUB, destination, source); }
    /** {@code sub m, r}. */
    public <W extends Width> void sub(Mem<W> destination, Gp<W> source) { aluMemReg(SUB, destination, source); }
    /** {@code sub r, imm8} (sign-extended). */
    public <W extends Width> void sub(Gp<W> destination, Imm8 value) { aluRegImm8(SUB, destination, value); }
    /** {@code sub r, imm32}. */
    public <W extends Wide> void sub(Gp<W> destination, Imm32 value) { aluRegImm32(SUB, destination, value); }
    /** {@code sub m, imm8} (sign-extended). */
    public <W extends Width> void sub(Mem<W> destination, Imm8 value) { aluMemImm8(SUB, destination, value); }
    /** {@code sub m, imm32}. */
    public <W extends Wide> void sub(Mem<W> destination, Imm32 value) { aluMemImm32(SUB, destination, value); }

    /** {@code and r, r}. */
    public <W extends Width> void and(Gp<W> destination, Gp<W> source) { aluRegReg(AND, destination, source); }
    /** {@code and r, m}. */
    public <W extends Width> void and(Gp<W> destination, Mem<W> source) { aluRegMem(AND, destination, source); }
    /** {@code and m, r}. */
    public <W extends Width> void and(Mem<W> destination, Gp<W> source) { aluMemReg(AND, destination, source); }
    /** {@code and r, imm8} (sign-extended). */
    public <W extends Width> void and(Gp<W> destination, Imm8 value) { aluRegImm8(AND, destination, value); }
    /** {@code and r, imm32}. */
    public <W extends Wide> void and(Gp<W> destination, Imm32 value) { aluRegImm32(AND, destination, value); }
    /** {@code and m, imm8} (sign-extended). */
    public <W extends Width> void and(Mem<W> destination, Imm8 value) { aluMemImm8(AND, destination, value); }
    /** {@code and m, imm32}. */
    public <W extends Wide> void and(Mem<W> destination, Imm32 value) { aluMemImm32(AND, destination, value); }

    /** {@code or r, r}. */
    public <W extends Width> void or(Gp<W> destination, Gp<W> source) { aluRegReg(OR, destination, source); }
    /** {@code or r, m}. */
    public <W extends Width> void or(Gp<W> destination, Mem<W> source) { aluRegMem(OR, destination, source); }
    /** {@code or m, r}. */
    public <W extends Width> void or(Mem<W> destination, Gp<W> source) { aluMemReg(OR, destination, source); }
    /** {@code or r, imm8} (sign-extended). */
    public <W extends Width> void or(Gp<W> destination, Imm8 value) { aluRegImm8(OR, destination, value); }
    /** {@code or r, imm32}. */
    public <W extends Wide> void or(Gp<W> destination, Imm32 value) { aluRegImm32(OR, destination, value); }
    /** {@code or m, imm8} (sign-extended). */
    public <W extends Width> void or(Mem<W> destination, Imm8 value) { aluMemImm8(OR, destination, value); }
    /** {@code or m, imm32}. */
    public <W extends Wide> void or(Mem<W> destination, Imm32 value) { aluMemImm32(OR, destination, value); }

    /** {@code xor r, r}. */
    public <W extends Width> void xor(Gp<W> destination, Gp<W> source) { aluRegReg(XOR, destination, source); }
    /** {@code xor r, m}. */
    public <W extends Width> void xor(Gp<W> destination, Mem<W> source) { aluRegMem(XOR, destination, source); }
    /** {@code xor m, r}. */
    public <W extends Width> void xor(Mem<W> destination, Gp<W> source) { aluMemReg(XOR, destination, source); }
    /** {@code xor r, imm8} (sign-extended). */
    public <W extends Width> void xor(Gp<W> destination, Imm8 value) { aluRegImm8(XOR, destination, value); }
    /** {@code xor r, imm32}. */
    public <W extends Wide> void xor(Gp<W> destination, Imm32 value) { aluRegImm32(XOR, destination, value); }
    /** {@code xor m, imm8} (sign-extended). */
    public <W extends Width> void xor(Mem<W> destination, Imm8 value) { aluMemImm8(XOR, destination, value); }
    /** {@code xor m, imm32}. */
    public <W extends Wide> void xor(Mem<W> destination, Imm32 value) { aluMemImm32(XOR, destination, value); }

    /** {@code cmp r, r}: flags of {@code left - right}. */
    public <W extends Width> void cmp(Gp<W> left, Gp<W> right) { aluRegReg(CMP, left, right); }
    /** {@code cmp r, m}. */
    public <W extends Width> void cmp(Gp<W> left, Mem<W> right) { aluRegMem(CMP, left, right); }
    /** {@code cmp m, r}. */
    public <W extends Width> void cmp(Mem<W> left, Gp<W> right) { aluMemReg(CMP, left, right); }
    /** {@code cmp r, imm8} (sign-extended). */
    public <W extends Width> void cmp(Gp<W> left, Imm8 right) { aluRegImm8(CMP, left, right); }
    /** {@code cmp r, imm32}. */
    public <W extends Wide> void cmp(Gp<W> left, Imm32 right) { aluRegImm32(CMP, left, right); }
    /** {@code cmp m, imm8} (sign-extended). */
    public <W extends Width> void cmp(Mem<W> left, Imm8 right) { aluMemImm8(CMP, left, right); }
    /** {@code cmp m, imm32}. */
    public <W extends Wide> void cmp(Mem<W> left, Imm32 right) { aluMemImm32(CMP, left, right); }

    /** {@code test r, r} ({@code 85 /r}; {@code 84 /r} for bytes): flags of {@code left & right}. */
    public <W extends Width> void test(Gp<W> left, Gp<W> right) {
        regReg(NO_PREFIX, left, sized(0x84, left), right.code(), left.code(), right);
    }

    /** {@code test m, r} ({@code 85 /r}; {@code 84 /r} for bytes). */
    public <W extends Width> void test(Mem<W> left, Gp<W> right) {
        regMem(NO_PREFIX, right, sized(0x84, right), right.code(), left);
    }

    /** {@code test r, imm32} ({@code F7 /0 id}; there is no sign-extended imm8 form). */
    public <W extends Wide> void test(Gp<W> left, Imm32 right) {
        regReg(NO_PREFIX, left, 0xF7, 0, left.code(), null);
        code.emit32(right.value());
    }

    /** {@code test r8, imm8} ({@code F6 /0 ib}): the usual tag test on a low byte. */
    public void test(Gp<Bits8> left, Imm8 right) {
        regReg(NO_PREFIX, left, 0xF6, 0, left.code(), null);
        code.emit8(right.value());
    }

    /** {@code test m, imm32} ({@code F7 /0 id}). */
    public <W extends Wide> void test(Mem<W> left, Imm32 right) {
        memOperandOnly(0xF7, 0, left);
        code.emit32(right.value());
    }

    /** {@code test m8, imm8} ({@code F6 /0 ib}). */
    public void test(Mem<Bits8> left, Imm8 right) {
        memOperandOnly(0xF6, 0, left);
        code.emit8(right.value());
    }

    /** {@code inc r} ({@code FF /0}; {@code FE /0} for bytes). */
    public <W extends Width> void inc(Gp<W> register) { unary(0, register); }
    /** {@code inc m}. */
    public <W extends Width> void inc(Mem<W> operand) { unary(0, operand); }
    /** {@code dec r} ({@code FF /1}; {@code FE /1} for bytes). */
    public <W extends Width> void dec(Gp<W> register) { unary(1, register); }
    /** {@code dec m}. */
    public <W extends Width> void dec(Mem<W> operand) { unary(1, operand); }
    /** {@code not r} ({@code F7 /2}; {@code F6 /2} for bytes). */
    public <W extends Width> void not(Gp<W> register) { negateOrInvert(2, register); }
    /** {@code not m}. */
    public <W extends Width> void not(Mem<W> operand) { negateOrInvert(2, operand); }
    /** {@code neg r} ({@code F7 /3}; {@code F6 /3} for bytes). */
    public <W extends Width> void neg(Gp<W> register) { negateOrInvert(3, register); }
    /** {@code neg m}. */
    public <W extends Width> void neg(Mem<W> operand) { negateOrInvert(3, operand); }

    /** {@code shl r, imm8} ({@code C1 /4 ib}; {@code C0} for bytes). */
    public <W extends Width> void shl(Gp<W> register, Imm8 count) { shiftByImmediate(SHL, register, count); }
    /** {@code shl r, cl} ({@code D3 /4}; {@code D2} for bytes). */
    public <W extends Width> void shl(Gp<W> register, Cl count) { shiftByCl(SHL, register); }
    /** {@code shr r, imm8}: logical, zeros shifted in. */
    public <W extends Width> void shr(Gp<W> register, Imm8 count) { shiftByImmediate(SHR, register, count); }
    /** {@code shr r, cl}. */
    public <W extends Width> void shr(Gp<W> register, Cl count) { shiftByCl(SHR, register); }
    /** {@code sar r, imm8}: arithmetic, the sign shifted in (untagging a small integer). */
    public <W extends Width> void sar(Gp<W> register, Imm8 count) { shiftByImmediate(SAR, register, count); }
    /** {@code sar r, cl}. */
    public <W extends Width> void sar(Gp<W> register, Cl count) { shiftByCl(SAR, register); }

    /** {@code imul r, r} ({@code 0F AF /r}): the low half of the signed product; OF on overflow. */
    public <W extends Wide> void imul(Gp<W> destination, Gp<W> source) {
        regReg(NO_PREFIX, destination, 0x0FAF, destination.code(), source.code(), null);
    }

    /** {@code imul r, m} ({@code 0F AF /r}). */
    public <W extends Wide> void imul(Gp<W> destination, Mem<W> source) {
        regMem(NO_PREFIX, destination, 0x0FAF, destination.code(), source);
    }

    /** {@code imul r, r, imm8} ({@code 6B /r ib}, sign-extended). */
    public <W extends Wide> void imul(Gp<W> destination, Gp<W> source, Imm8 factor) {
        requireImm8For(destination.bits(), factor);
        regReg(NO_PREFIX, destination, 0x6B, destination.code(), source.code(), null);
        code.emit8(factor.value());
    }

    /** {@code imul r, r, imm32} ({@code 69 /r id}). */
    public <W extends Wide> void imul(Gp<W> destination, Gp<W> source, Imm32 factor) {
        regReg(NO_PREFIX, destination, 0x69, destination.code(), source.code(), null);
        code.emit32(factor.value());
    }

    /** {@code cqo} ({@code REX.W 99}): sign-extends rax into rdx:rax before a 64-bit {@code idiv}. */
    public void cqo() {
        code.emit8(0x48);
        code.emit8(0x99);
    }

    /** {@code cdq} ({@code 99}): sign-extends eax into edx:eax before a 32-bit {@code idiv}. */
    public void cdq() {
        code.emit8(0x99);
    }

    /** {@code idiv r} ({@code F7 /7}): rdx:rax / r, quotient in rax, remainder in rdx. */
    public <W extends Wide> void idiv(Gp<W> divisor) {
        regReg(NO_PREFIX, divisor, 0xF7, 7, divisor.code(), null);
    }

    /** {@code idiv m} ({@code F7 /7}). */
    public <W extends Wide> void idiv(Mem<W> divisor) {
        memOperandOnly(0xF7, 7, divisor);
    }

    /** {@code setcc r8} ({@code 0F 90+cc /0}): 1 if the condition holds, else 0. */
    public void setcc(Condition condition, Gp<Bits8> destination) {
        regReg(NO_PREFIX, destination, 0x0F90 + condition.code(), 0, destination.code(), null);
    }

    /** {@code cmovcc r, r} ({@code 0F 40+cc /r}). */
    public <W extends Wide> void cmovcc(Condition condition, Gp<W> destination, Gp<W> source) {
        regReg(NO_PREFIX, destination, 0x0F40 + condition.code(), destination.code(), source.code(), null);
    }

    /** {@code cmovcc r, m} ({@code 0F 40+cc /r}); the load happens whether or not the condition holds. */
    public <W extends Wide> void cmovcc(Condition condition, Gp<W> destination, Mem<W> source) {
        regMem(NO_PREFIX, destination, 0x0F40 + condition.code(), destination.code(), source);
    }

    // ---------------------------------------------------------------- control flow

    /**
     * {@code jmp label}: {@code EB rel8} when the label is already bound and near, else
     * {@code E9 rel32} (a forward label's distance is not known yet).
     */
    public void jmp(Label target) {
        if (ownLabel(target).isBound() && Imm8.fits(target.position() - (code.position() + 2))) {
            code.emit8(0xEB);
            rel8To(target);
        } else {
            code.emit8(0xE9);
            rel32To(target);
        }
    }

    /** {@code jmp rel8} ({@code EB cb}) to a label within 127 bytes; checked when assembled. */
    public void jmpShort(Label target) {
        ownLabel(target);
        code.emit8(0xEB);
        rel8To(target);
    }

    /** {@code jmp rel32} ({@code E9 cd}) to an absolute address, resolved at {@link #assemble}. */
    public void jmpAbsolute(long target) {
        code.emit8(0xE9);
        rel32ToAddress(target);
    }

    /** {@code jmp r64} ({@code FF /4}). */
    public void jmp(Gp<Bits64> target) {
        regReg(NO_PREFIX, null, 0xFF, 4, target.code(), null);
    }

    /** {@code jmp m64} ({@code FF /4}): to the address stored in memory. */
    public void jmp(Mem<Bits64> target) {
        regMem(NO_PREFIX, null, 0xFF, 4, target);
    }

    /** {@code jcc label}: {@code 70+cc rel8} when bound and near, else {@code 0F 80+cc rel32}. */
    public void jcc(Condition condition, Label target) {
        if (ownLabel(target).isBound() && Imm8.fits(target.position() - (code.position() + 2))) {
            code.emit8(0x70 + condition.code());
            rel8To(target);
        } else {
            code.emit8(0x0F);
            code.emit8(0x80 + condition.code());
            rel32To(target);
        }
    }

    /** {@code jcc rel8} ({@code 70+cc cb}) to a label within 127 bytes; checked when assembled. */
    public void jccShort(Condition condition, Label target) {
        ownLabel(target);
        code.emit8(0x70 + condition.code());
        rel8To(target);
    }

    /** {@code call label} ({@code E8 cd}). */
    public void call(Label target) {
        ownLabel(target);
        code.emit8(0xE8);
        rel32To(target);
    }

    /** {@code call rel32} ({@code E8 cd}) to an absolute address within 2 GiB, resolved at {@link #assemble}. */
    public void callAbsolute(long target) {
        code.emit8(0xE8);
        rel32ToAddress(target);
    }

    /** {@code call r64} ({@code FF /2}): reaches any address. */
    public void call(Gp<Bits64> target) {
        regReg(NO_PREFIX, null, 0xFF, 2, target.code(), null);
    }

    /** {@code call m64} ({@code FF /2}). */
    public void call(Mem<Bits64> target) {
        regMem(NO_PREFIX, null, 0xFF, 2, target);
    }

    /** {@code ret} ({@code C3}). */
    public void ret() {
        code.emit8(0xC3);
    }

    /** {@code int3} ({@code CC}): a breakpoint trap, for code that must never be reached. */
    public void int3() {
        code.emit8(0xCC);
    }

    /** One-byte {@code nop} ({@code 90}). */
    public void nop() {
        code.emit8(0x90);
    }

    /** {@code length} bytes of padding, in the fewest of Intel's recommended NOPs (9 bytes at most each). */
    public void nop(int length) {
        for (int left = length; left > 0; left -= NOPS.length) {
            for (int b : NOPS[Math.min(left, NOPS.length) - 1]) {
                code.emit8(b);
            }
        }
    }

    /** Pads with NOPs to the next multiple of {@code boundary} (a power of two). */
    public void align(int boundary) {
        if (Integer.bitCount(boundary) != 1) {
            throw new IllegalArgumentException("alignment must be a power of two: " + boundary);
        }
        nop(-code.position() & (boundary - 1));
    }

    /**
     * A jump-table entry: the 4-byte signed distance from {@code table} to {@code target}.
     * A dispatch loads it with {@code movsxd}, adds the table's address (from
     * {@link #lea(Gp, Label)}) and jumps; the table stays valid wherever the code is loaded.
     */
    public void jumpTableEntry(Label target, Label table) {
        ownLabel(target);
        ownLabel(table);
        fixups.add(new Fixup.LabelDistance(code.position(), target, table));
        code.emit32(0);
    }

    // ---------------------------------------------------------------- scalar double (SSE2)

    /** {@code movsd xmm, xmm} ({@code F2 0F 10 /r}): the low double; the high one is kept. */
    public void movsd(Xmm destination, Xmm source) { sse(SCALAR_DOUBLE_PREFIX, 0x0F10, destination, source); }
    /** {@code movsd xmm, m64} ({@code F2 0F 10 /r}): loads a double, zeroing the high one. */
    public void movsd(Xmm destination, Mem<Bits64> source) { sse(SCALAR_DOUBLE_PREFIX, 0x0F10, destination, source); }
    /** {@code movsd m64, xmm} ({@code F2 0F 11 /r}). */
    public void movsd(Mem<Bits64> destination, Xmm source) { sse(SCALAR_DOUBLE_PREFIX, 0x0F11, source, destination); }
    /** {@code addsd xmm, xmm} ({@code F2 0F 58 /r}). */
    public void addsd(Xmm destination, Xmm source) { sse(SCALAR_DOUBLE_PREFIX, 0x0F58, destination, source); }
    /** {@code addsd xmm, m64}. */
    public void addsd(Xmm destination, Mem<Bits64> source) { sse(SCALAR_DOUBLE_PREFIX, 0x0F58, destination, source); }
    /** {@code subsd xmm, xmm} ({@code F2 0F 5C /r}). */
    public void subsd(Xmm destination, Xmm source) { sse(SCALAR_DOUBLE_PREFIX, 0x0F5C, destination, source); }
    /** {@code subsd xmm, m64}. */
    public void subsd(Xmm destination, Mem<Bits64> source) { sse(SCALAR_DOUBLE_PREFIX, 0x0F5C, destination, source); }
    /** {@code mulsd xmm, xmm} ({@code F2 0F 59 /r}). */
    public void mulsd(Xmm destination, Xmm source) { sse(SCALAR_DOUBLE_PREFIX, 0x0F59, destination, source); }
    /** {@code mulsd xmm, m64}. */
    public void mulsd(Xmm destination, Mem<Bits64> source) { sse(SCALAR_DOUBLE_PREFIX, 0x0F59, destination, source); }
    /** {@code divsd xmm, xmm} ({@code F2 0F 5E /r}). */
    public void divsd(Xmm destination, Xmm source) { sse(SCALAR_DOUBLE_PREFIX, 0x0F5E, destination, source); }
    /** {@code divsd xmm, m64}. */
    public void divsd(Xmm destination, Mem<Bits64> source) { sse(SCALAR_DOUBLE_PREFIX, 0x0F5E, destination, source); }
    /** {@code ucomisd xmm, xmm} ({@code 66 0F 2E /r}): ZF/PF/CF as an unsigned compare; PF set when unordered. */
    public void ucomisd(Xmm left, Xmm right) { sse(OPERAND_SIZE_PREFIX, 0x0F2E, left, right); }
    /** {@code ucomisd xmm, m64}. */
    public void ucomisd(Xmm left, Mem<Bits64> right) { sse(OPERAND_SIZE_PREFIX, 0x0F2E, left, right); }

    /** {@code cvtsi2sd xmm, r} ({@code F2 [REX.W] 0F 2A /r}): a signed integer converted to a double. */
    public <W extends Wide> void cvtsi2sd(Xmm destination, Gp<W> source) {
        emitPrefix(SCALAR_DOUBLE_PREFIX);
        rex(source.bits() == 64, destination.code(), 0, source.code(), false);
        opcode(0x0F2A);
        modRmRegisters(destination.code(), source.code());
    }

    /** {@code cvtsi2sd xmm, m} ({@code F2 [REX.W] 0F 2A /r}). */
    public <W extends Wide> void cvtsi2sd(Xmm destination, Mem<W> source) {
        emitPrefix(SCALAR_DOUBLE_PREFIX);
        rex(source.bits() == 64, destination.code(), indexCode(source), source.base().code(), false);
        opcode(0x0F2A);
        memoryOperand(destination.code(), source);
    }

    /** {@code movq xmm, r64} ({@code 66 REX.W 0F 6E /r}): the bits, not a conversion. */
    public void movq(Xmm destination, Gp<Bits64> source) {
        emitPrefix(OPERAND_SIZE_PREFIX);
        rex(true, destination.code(), 0, source.code(), false);
        opcode(0x0F6E);
        modRmRegisters(destination.code(), source.code());
    }

    /** {@code movq r64, xmm} ({@code 66 REX.W 0F 7E /r}): the xmm register goes in ModRM.reg. */
    public void movq(Gp<Bits64> destination, Xmm source) {
        emitPrefix(OPERAND_SIZE_PREFIX);
        rex(true, source.code(), 0, destination.code(), false);
        opcode(0x0F7E);
        modRmRegisters(source.code(), destination.code());
    }

    // ---------------------------------------------------------------- encoding

    private void aluRegReg(int operation, Gp<?> destination, Gp<?> source) {
        // The "MR" form (opcode 8*op + 1): source in ModRM.reg, destination in ModRM.rm.
        regReg(NO_PREFIX, destination, sized(8 * operation, destination), source.code(), destination.code(), source);
    }

    private void aluRegMem(int operation, Gp<?> destination, Mem<?> source) {
        regMem(NO_PREFIX, destination, sized(8 * operation + 2, destination), destination.code(), source);
    }

    private void aluMemReg(int operation, Mem<?> destination, Gp<?> source) {
        regMem(NO_PREFIX, source, sized(8 * operation, source), source.code(), destination);
    }

    private void aluRegImm8(int operation, Gp<?> destination, Imm8 value) {
        // 80 /op ib on a byte register; 83 /op ib (sign-extended) on a wider one.
        requireImm8For(destination.bits(), value);
        regReg(NO_PREFIX, destination, destination.bits() == 8 ? 0x80 : 0x83, operation, destination.code(), null);
        code.emit8(value.value());
    }

    private void aluRegImm32(int operation, Gp<?> destination, Imm32 value) {
        regReg(NO_PREFIX, destination, 0x81, operation, destination.code(), null);
        code.emit32(value.value());
    }

    private void aluMemImm8(int operation, Mem<?> destination, Imm8 value) {
        requireImm8For(destination.bits(), value);
        memOperandOnly(destination.bits() == 8 ? 0x80 : 0x83, operation, destination);
        code.emit8(value.value());
    }

    private void aluMemImm32(int operation, Mem<?> destination, Imm32 value) {
        memOperandOnly(0x81, operation, destination);
        code.emit32(value.value());
    }

    private void unary(int extension, Gp<?> register) {
        regReg(NO_PREFIX, register, sized(0xFE, register), extension, register.code(), null);
    }

    private void unary(int extension, Mem<?> operand) {
        memOperandOnly(operand.bits() == 8 ? 0xFE : 0xFF, extension, operand);
    }

    private void negateOrInvert(int extension, Gp<?> register) {
        regReg(NO_PREFIX, register, sized(0xF6, register), extension, register.code(), null);
    }

    private void negateOrInvert(int extension, Mem<?> operand) {
        memOperandOnly(operand.bits() == 8 ? 0xF6 : 0xF7, extension, operand);
    }

    private void shiftByImmediate(int extension, Gp<?> register, Imm8 count) {
        if (count.value() < 0 || count.value() >= register.bits()) {
            throw new IllegalArgumentException("shift count " + count.value() + " for a " + register.bits() + "-bit register");
        }
        regReg(NO_PREFIX, register, sized(0xC0, register), extension, register.code(), null);
        code.emit8(count.value());
    }

    private void shiftByCl(int extension, Gp<?> register) {
        regReg(NO_PREFIX, register, sized(0xD2, register), extension, register.code(), null);
    }

    private void sse(int prefix, int opcode, Xmm reg, Xmm rm) {
        emitPrefix(prefix);
        rex(false, reg.code(), 0, rm.code(), false);
        opcode(opcode);
        modRmRegisters(reg.code(), rm.code());
    }

    private void sse(int prefix, int opcode, Xmm reg, Mem<?> rm) {
        emitPrefix(prefix);
        rex(false, reg.code(), indexCode(rm), rm.base().code(), false);
        opcode(opcode);
        memoryOperand(reg.code(), rm);
    }

    /** The byte form's opcode for a byte operand, the next one (the 16/32/64-bit form) otherwise. */
    private static int sized(int byteOpcode, Gp<?> operand) {
        return operand.bits() == 8 ? byteOpcode : byteOpcode + 1;
    }

    /**
     * {@code [prefix] [REX] opcode ModRM(11, reg, rm)}. {@code sizing} (may be null) gives the
     * operand size (REX.W if 64-bit; a REX for spl..dil); {@code other} is a second register
     * whose byte encoding may also need a REX.
     */
    private void regReg(int prefix, Gp<?> sizing, int opcode, int reg, int rm, Gp<?> other) {
        emitPrefix(prefix);
        boolean wide = sizing != null && sizing.bits() == 64;
        boolean forceRex = (sizing != null && sizing.needsRex()) || (other != null && other.needsRex());
        rex(wide, reg, 0, rm, forceRex);
        opcode(opcode);
        modRmRegisters(reg, rm);
    }

    /** {@code [prefix] [REX] opcode ModRM [SIB] [disp]} with a memory operand in ModRM.rm. */
    private void regMem(int prefix, Gp<?> sizing, int opcode, int reg, Mem<?> memory) {
        emitPrefix(prefix);
        boolean wide = sizing != null && sizing.bits() == 64;
        boolean forceRex = sizing != null && sizing.needsRex();
        rex(wide, reg, indexCode(memory), memory.base().code(), forceRex);
        opcode(opcode);
        memoryOperand(reg, memory);
    }

    /** A form whose only operand is in memory, its width from the operand, {@code /extension} in ModRM.reg. */
    private void memOperandOnly(int opcode, int extension, Mem<?> memory) {
        rex(memory.bits() == 64, extension, indexCode(memory), memory.base().code(), false);
        opcode(opcode);
        memoryOperand(extension, memory);
    }

    /** {@code [REX] opcode+reg}: the register in the opcode's low 3 bits, its fourth bit in REX.B. */
    private void registerInOpcode(boolean wide, boolean forceRex, int opcode, int register) {
        rex(wide, 0, 0, register, forceRex);
        code.emit8(opcode + (register & 7));
    }

    private void emitPrefix(int prefix) {
        if (prefix != NO_PREFIX) {
            code.emit8(prefix);
        }
    }

    /** REX = 0100WRXB, emitted only when a bit is set or a byte register needs it. */
    private void rex(boolean wide, int reg, int index, int base, boolean force) {
        int bits = (wide ? 8 : 0) | (reg >> 3) << 2 | (index >> 3) << 1 | (base >> 3);
        if (bits != 0 || force) {
            code.emit8(0x40 | bits);
        }
    }

    /** One opcode byte, or two when the value has a {@code 0F} escape in its high byte. */
    private void opcode(int opcode) {
        if (opcode > 0xFF) {
            code.emit8(opcode >> 8);
        }
        code.emit8(opcode & 0xFF);
    }

    private void modRmRegisters(int reg, int rm) {
        code.emit8(0b11 << 6 | (reg & 7) << 3 | (rm & 7));
    }

    /** The SIB index field's register number; 4 (100, "no index", REX.X clear) when there is none. */
    private static int indexCode(Mem<?> memory) {
        return memory.index() == null ? 4 : memory.index().code();
    }

    /**
     * ModRM (and SIB and displacement) for {@code [base + index*scale + disp]}. Two quirks of the
     * encoding: rm=100 means "a SIB byte follows", so rsp and r12 as a base need a SIB; and
     * mod=00 with base 101 means "disp32, no base" (RIP-relative without SIB), so rbp and r13
     * always take at least a disp8 of 0.
     */
    private void memoryOperand(int reg, Mem<?> memory) {
        int base = memory.base().code();
        int displacement = memory.displacement();
        int mod;
        if (displacement == 0 && (base & 7) != 0b101) {
            mod = 0b00;
        } else if (Imm8.fits(displacement)) {
            mod = 0b01;
        } else {
            mod = 0b10;
        }
        if (memory.index() == null && (base & 7) != 0b100) {
            code.emit8(mod << 6 | (reg & 7) << 3 | (base & 7));
        } else {
            code.emit8(mod << 6 | (reg & 7) << 3 | 0b100);
            code.emit8(memory.scale().bits() << 6 | (indexCode(memory) & 7) << 3 | (base & 7));
        }
        if (mod == 0b01) {
            code.emit8(displacement);
        } else if (mod == 0b10) {
            code.emit32(displacement);
        }
    }

    /** Checked before anything is emitted: with an operand wider than a byte the CPU sign-extends an imm8. */
    private static void requireImm8For(int bits, Imm8 value) {
        if (bits != 8 && !value.signExtendable()) {
            throw new IllegalArgumentException("imm8 " + value.value() + " is sign-extended here; use -128..127 or an Imm32");
        }
    }

    private void rel8To(Label target) {
        int at = code.position();
        code.emit8(0);
        fixups.add(new Fixup.ToLabel(at, 1, target, at + 1));
    }

    private void rel32To(Label target) {
        int at = code.position();
        code.emit32(0);
        fixups.add(new Fixup.ToLabel(at, 4, target, at + 4));
    }

    private void rel32ToAddress(long target) {
        int at = code.position();
        code.emit32(0);
        fixups.add(new Fixup.ToAddress(at, target, at + 4));
    }

    private Label ownLabel(Label label) {
        if (label.owner() != this) {
            throw new IllegalArgumentException("label belongs to another assembler");
        }
        return label;
    }

    private static int boundPosition(Label label) {
        if (!label.isBound()) {
            throw new IllegalStateException("label referenced but never bound");
        }
        return label.position();
    }

    private static void patch(byte[] bytes, int at, int width, long value) {
        for (int i = 0; i < width; i++) {
            bytes[at + i] = (byte) (value >>> (8 * i));
        }
    }
}
