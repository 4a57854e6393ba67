package org.jbeam.tier.interpreter;

import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * {@link SmpOracleTest}'s programs 20 times each, looking for a hang or a crash that a race
 * makes rare; run by hand, not in the default suite:
 * {@code ./mvnw -pl vm-api,tier-interpreter -am test -Djbeam.stress=true -Dtest=SmpStressTest
 * -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@EnabledIfSystemProperty(named = "jbeam.stress", matches = "true")
class SmpStressTest extends SmpOracleTest {
    @Override
    int repetitions() {
        return 20;
    }
}
