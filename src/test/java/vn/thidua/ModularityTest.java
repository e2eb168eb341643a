package vn.thidua;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** Keeps the feature packages' boundaries of STYLE.md: no cycles, no reaching into another feature's internals. */
class ModularityTest {

    @Test
    void featurePackagesRespectTheirBoundaries() {
        ApplicationModules.of(ThiDuaApplication.class).verify();
    }
}
