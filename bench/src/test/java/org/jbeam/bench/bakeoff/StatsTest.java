package org.jbeam.bench.bakeoff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Medians, quartiles and geometric means, against values worked out from their definitions. */
class StatsTest {
    @Test
    void medianOfOddAndEvenCounts() {
        assertEquals(3.0, Stats.of(List.of(5L, 1L, 3L)).median());
        assertEquals(2.5, Stats.of(List.of(4L, 1L, 3L, 2L)).median());
        assertEquals(7.0, Stats.of(List.of(7L)).median());
    }

    @Test
    void quartilesInterpolateBetweenOrderStatistics() {
        // 1..9: positions 0.25 * 8 = 2 and 0.75 * 8 = 6 fall on the 3rd and 7th values.
        Stats nine = Stats.of(List.of(9L, 8L, 7L, 6L, 5L, 4L, 3L, 2L, 1L));
        assertEquals(3.0, nine.q1());
        assertEquals(7.0, nine.q3());
        assertEquals(4.0, nine.iqr());
        // 10, 20, 30, 40: position 0.75 is between 10 and 20, a quarter of the way.
        Stats four = Stats.of(List.of(40L, 10L, 30L, 20L));
        assertEquals(17.5, four.q1());
        assertEquals(32.5, four.q3());
        assertEquals(10, four.min());
        assertEquals(40, four.max());
        assertEquals(4, four.count());
    }

    @Test
    void geometricMeanIsTheNthRootOfTheProduct() {
        assertEquals(4.0, Stats.geometricMean(new double[] {2, 8}), 1e-12);
        assertEquals(Math.cbrt(0.5 * 3 * 7), Stats.geometricMean(new double[] {0.5, 3, 7}), 1e-12);
        assertTrue(Double.isNaN(Stats.geometricMean(new double[0])));
        assertThrows(IllegalArgumentException.class, () -> Stats.geometricMean(new double[] {1, 0}));
        assertThrows(IllegalArgumentException.class, () -> Stats.of(List.of()));
    }
}
