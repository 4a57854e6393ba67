package org.jbeam.tier.interpreter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * Every opcode {@link Opcodes#of} hands out has exactly one arm in {@link Dispatch}'s switch
 * (the switch is on an {@code int}, so javac cannot check that itself), and the numbers run
 * from 0 to {@link Opcodes#COUNT} without gaps.
 */
class DispatchTest {
    @Test
    void everyOpcodeHasOneDispatchArm() throws IOException, IllegalAccessException {
        Set<Integer> numbers = new HashSet<>();
        List<String> names = new ArrayList<>();
        for (Field field : Opcodes.class.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == int.class && !field.getName().equals("COUNT")) {
                numbers.add(field.getInt(null));
                names.add(field.getName());
            }
        }
        assertEquals(Opcodes.COUNT, numbers.size());
        assertTrue(numbers.stream().allMatch(n -> n >= 0 && n < Opcodes.COUNT), "opcodes run from 0 to COUNT - 1");
        String source = Files.readString(Path.of("src/main/java/org/jbeam/tier/interpreter/Dispatch.java"));
        for (String name : names) {
            Matcher arms = Pattern.compile("case Opcodes\\." + name + " ->").matcher(source);
            int count = 0;
            while (arms.find()) {
                count++;
            }
            assertEquals(1, count, "dispatch arms for " + name);
        }
    }
}
