package com.streetgov.matter.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;

/** Local time in China (UTC+8), where every district works; one place to fix the clock. */
@ApplicationScoped
public class MatterClock {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private Clock clock = Clock.system(ZONE);

    public LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    /** For tests and demos that need a fixed time. */
    public void set(Clock clock) {
        this.clock = clock;
    }
}
