package org.jbeam.vm.scheduler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * The timer heap: timers set and cancelled in a random mix (by object and by reference) fire
 * all together once due, each exactly once unless cancelled, in (deadline, set order).
 */
class TimerServiceTest {
    @Test
    void randomSetsAndCancelsFireInDeadlineOrder() throws InterruptedException {
        TimerService service = new TimerService();
        Random random = new Random(42);
        List<TimerService.Timer> live = new ArrayList<>();
        Set<TimerService.Timer> cancelled = new HashSet<>();
        List<TimerService.Timer> fired = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            RefKey key = i % 2 == 0 ? new RefKey(i, 7, 0) : null;
            live.add(service.start(random.nextInt(40), key, fired::add));
            if (random.nextInt(3) == 0) {
                TimerService.Timer victim = live.remove(random.nextInt(live.size()));
                if (victim.key != null && random.nextBoolean()) {
                    assertTrue(service.cancel(victim.key) >= 0);
                    assertEquals(-1, service.cancel(victim.key), "a second cancel finds nothing");
                } else {
                    service.cancel(victim);
                }
                cancelled.add(victim);
            }
        }
        assertEquals(live.size(), service.size());
        Thread.sleep(60);
        service.fireDue();
        assertEquals(live.size(), fired.size());
        assertEquals(0, service.size());
        assertEquals(Long.MAX_VALUE, service.nextDeadline());
        for (int k = 1; k < fired.size(); k++) {
            TimerService.Timer a = fired.get(k - 1);
            TimerService.Timer b = fired.get(k);
            assertTrue(a.isBefore(b), "fired out of order at " + k);
            assertTrue(!cancelled.contains(b), "a cancelled timer fired");
        }
        assertEquals(new HashSet<>(live), new HashSet<>(fired));
    }
}
