package org.jbeam.config.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

/** The glob rules of {@code jbeam.modules}: wildcards, exact over glob, longest glob first. */
class TierSelectorTest {
    @Test
    void starMatchesAnyRunAndQuestionMarkOneCharacter() {
        assertTrue(new ModuleGlob("my_app_*").matches("my_app_"));
        assertTrue(new ModuleGlob("my_app_*").matches("my_app_server"));
        assertFalse(new ModuleGlob("my_app_*").matches("my_ap"));
        assertTrue(new ModuleGlob("*_sup").matches("kernel_sup"));
        assertFalse(new ModuleGlob("*_sup").matches("kernel_sup2"));
        assertTrue(new ModuleGlob("a*b*c").matches("axxbyybzzc"));
        assertFalse(new ModuleGlob("a*b*c").matches("axxbyybzz"));
        assertTrue(new ModuleGlob("gen_???").matches("gen_fsm"));
        assertFalse(new ModuleGlob("gen_???").matches("gen_server"));
        assertTrue(new ModuleGlob("*").matches(""));
        assertTrue(new ModuleGlob("é?*").matches("éλ"));
        assertFalse(new ModuleGlob("lists").matches("lists2"));
        assertTrue(new ModuleGlob("lists").isExact());
        assertFalse(new ModuleGlob("l?sts").isExact());
    }

    @Test
    void exactNameWinsOverEveryGlob() {
        TierSelector selector = new TierSelector("interpreter",
                Map.of("lists", "trace-jit", "list*", "template-jit", "lists*", "template-jit"));
        assertEquals("trace-jit", selector.tierFor("lists"));
        assertEquals("template-jit", selector.tierFor("lists_extra"));
    }

    @Test
    void longestGlobWinsThenAlphabeticalOrder() {
        TierSelector selector = new TierSelector("interpreter",
                Map.of("my_*", "a", "my_app_*", "b", "*y_app_x", "c", "my_app_?", "d"));
        assertEquals("b", selector.tierFor("my_app_server"));
        assertEquals("a", selector.tierFor("my_other"));
        // "*y_app_x", "my_app_*" and "my_app_?" all have 8 characters: alphabetical order decides.
        assertEquals("c", selector.tierFor("my_app_x"));
        assertEquals("b", selector.tierFor("my_app_y"));
        assertEquals("b", selector.tierFor("my_app_z"));
    }

    @Test
    void unmatchedModulesGetTheDefaultTier() {
        TierSelector selector = new TierSelector("interpreter", Map.of("my_app_*", "trace-jit"));
        assertEquals("interpreter", selector.tierFor("lists"));
        assertEquals("interpreter", new TierSelector("interpreter", Map.of()).tierFor("anything"));
    }
}
