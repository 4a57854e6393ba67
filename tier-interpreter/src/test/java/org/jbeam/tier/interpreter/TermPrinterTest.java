package org.jbeam.tier.interpreter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The test printer's float and atom text against what erl's {@code ~w} prints. */
class TermPrinterTest {

    @Test
    void floatsPrintAsErlPrintsThem() throws IOException, InterruptedException {
        String floats = "[0.0,-0.0,1.0,100.0,1000.0,0.1,0.01,0.001,0.0001,0.00001,1.0e15,123456789012345.0,"
                + "1234567890123456.0,9007199254740992.0,9007199254740991.0,1.0e22,1.5e300,5.0e-324,"
                + "2.2250738585072014e-308,1.7976931348623157e308,0.30000000000000004,1/3,2/3,-12345.678,"
                + "123.456e5,1.0e-4,0.000123,1.25e7]";
        String erl = Erl.run(List.of("erl", "-noshell", "-eval",
                "[io:format(\"~w~n\", [float(F)]) || F <- " + floats + "], halt().")).strip();
        for (String line : erl.split("\n")) {
            assertEquals(line, TermPrinter.formatFloat(Double.parseDouble(line)));
        }
    }

    @Test
    void atomsAreQuotedAsErlQuotesThem() throws IOException, InterruptedException {
        List<String> names = List.of("ok", "Ok", "hello world", "a@b", "a.b", "", "and", "x1_Y", "_x", "9a",
                "try", "maybe", "aBC@d_1");
        StringBuilder list = new StringBuilder("[");
        for (String name : names) {
            list.append(list.length() > 1 ? "," : "").append('"').append(name).append('"');
        }
        list.append(']');
        String erl = Erl.run(List.of("erl", "-noshell", "-eval",
                "[io:format(\"~w~n\", [list_to_atom(S)]) || S <- " + list + "], halt().")).strip();
        String[] lines = erl.split("\n");
        for (int i = 0; i < names.size(); i++) {
            assertEquals(lines[i], TermPrinter.quoteAtom(names.get(i)), names.get(i));
        }
    }
}
