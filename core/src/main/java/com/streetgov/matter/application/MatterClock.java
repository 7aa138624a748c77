package com.streetgov.matter.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/** Local time in China (UTC+8), where every district works; one place to fix the clock. */
@ApplicationScoped
public class MatterClock {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final Clock clock = Clock.system(ZONE);

    /** Now, to the second (what a person reads on a deadline). */
    public LocalDateTime now() {
        return LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
    }
}
