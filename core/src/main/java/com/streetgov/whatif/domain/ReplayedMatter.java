package com.streetgov.whatif.domain;

import com.streetgov.text.Text;

/**
 * One matter replayed: where the configuration in force sends it today ({@code now}) and where the
 * draft would ({@code draft}); {@code why} is the router's reason when the draft sends it nowhere.
 */
public record ReplayedMatter(PastMatter matter, Placement now, Placement draft, Text why) {

    public boolean moved() {
        return !now.samePlace(draft);
    }
}
