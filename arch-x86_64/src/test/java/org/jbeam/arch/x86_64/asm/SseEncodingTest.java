package org.jbeam.arch.x86_64.asm;

import static org.jbeam.arch.x86_64.asm.Golden.assertListing;
import static org.jbeam.arch.x86_64.asm.Mem.dwordPtr;
import static org.jbeam.arch.x86_64.asm.Mem.qwordPtr;
import static org.jbeam.arch.x86_64.asm.OperandText.DWORD;
import static org.jbeam.arch.x86_64.asm.OperandText.QWORD;
import static org.jbeam.arch.x86_64.asm.OperandText.address;
import static org.jbeam.arch.x86_64.asm.Registers.*;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Golden tests of the scalar-double SSE2 forms the float instructions need. */
class SseEncodingTest {
    private static final Xmm[] XMM = Xmm.values();

    private static String xmm(int code) {
        return "xmm" + code;
    }

    @Test
    void arithmeticBetweenEveryPairOfXmmRegisters() {
        Assembler a = new Assembler();
        List<String> expected = new ArrayList<>();
        for (int d = 0; d < 16; d++) {
            for (int s = 0; s < 16; s++) {
                String operands = " " + xmm(d) + "," + xmm(s);
                a.movsd(XMM[d], XMM[s]);
                expected.add("movsd" + operands);
                a.addsd(XMM[d], XMM[s]);
                expected.add("addsd" + operands);
                a.subsd(XMM[d], XMM[s]);
                expected.add("subsd" + operands);
                a.mulsd(XMM[d], XMM[s]);
                expected.add("mulsd" + operands);
                a.divsd(XMM[d], XMM[s]);
                expected.add("divsd" + operands);
                a.ucomisd(XMM[d], XMM[s]);
                expected.add("ucomisd" + operands);
            }
        }
        assertListing(a, expected);
    }

    @Test
    void memoryOperandsConversionsAndMoves() {
        Assembler a = new Assembler();
        List<String> expected = new ArrayList<>();
        for (int r = 0; r < 16; r++) {
            Xmm x = XMM[15 - r];
            String mem = "QWORD PTR " + address(r, 8 * r);
            a.movsd(x, qwordPtr(gp64(r), 8 * r));
            expected.add("movsd " + x + "," + mem);
            a.movsd(qwordPtr(gp64(r), 8 * r), x);
            expected.add("movsd " + mem + "," + x);
            a.addsd(x, qwordPtr(gp64(r), 8 * r));
            expected.add("addsd " + x + "," + mem);
            a.subsd(x, qwordPtr(gp64(r), 8 * r));
            expected.add("subsd " + x + "," + mem);
            a.mulsd(x, qwordPtr(gp64(r), 8 * r));
            expected.add("mulsd " + x + "," + mem);
            a.divsd(x, qwordPtr(gp64(r), 8 * r));
            expected.add("divsd " + x + "," + mem);
            a.ucomisd(x, qwordPtr(gp64(r), 8 * r));
            expected.add("ucomisd " + x + "," + mem);
            a.cvtsi2sd(x, gp64(r));
            expected.add("cvtsi2sd " + x + "," + QWORD.get(r));
            a.cvtsi2sd(x, gp32(r));
            expected.add("cvtsi2sd " + x + "," + DWORD.get(r));
            a.cvtsi2sd(x, qwordPtr(gp64(r), 8 * r));
            expected.add("cvtsi2sd " + x + "," + mem);
            a.cvtsi2sd(x, dwordPtr(gp64(r), 0));
            expected.add("cvtsi2sd " + x + ",DWORD PTR " + address(r, 0));
            a.movq(x, gp64(r));
            expected.add("movq " + x + "," + QWORD.get(r));
            a.movq(gp64(r), x);
            expected.add("movq " + QWORD.get(r) + "," + x);
        }
        assertListing(a, expected);
    }

    @Test
    void sseBytes() {
        Assembler a = new Assembler();
        a.movsd(Xmm.XMM0, qwordPtr(RBX, 0x18));
        a.movsd(qwordPtr(R12, 0), Xmm.XMM9);
        a.addsd(Xmm.XMM1, Xmm.XMM2);
        a.divsd(Xmm.XMM15, Xmm.XMM8);
        a.ucomisd(Xmm.XMM0, Xmm.XMM1);
        a.cvtsi2sd(Xmm.XMM0, RAX);
        a.cvtsi2sd(Xmm.XMM10, R11D);
        a.movq(Xmm.XMM0, RAX);
        a.movq(R9, Xmm.XMM12);
        assertListing(a,
                "f2 0f 10 43 18 | movsd xmm0,QWORD PTR [rbx+0x18]",
                "f2 45 0f 11 0c 24 | movsd QWORD PTR [r12],xmm9",
                "f2 0f 58 ca | addsd xmm1,xmm2",
                "f2 45 0f 5e f8 | divsd xmm15,xmm8",
                "66 0f 2e c1 | ucomisd xmm0,xmm1",
                "f2 48 0f 2a c0 | cvtsi2sd xmm0,rax",
                "f2 45 0f 2a d3 | cvtsi2sd xmm10,r11d",
                "66 48 0f 6e c0 | movq xmm0,rax",
                "66 4d 0f 7e e1 | movq r9,xmm12");
    }
}
