package com.streetgov.community.domain;

import com.streetgov.text.Text;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Finds the street a matter belongs to: the street given (by code or name), else the grid's
 * community's street, else the community's street, else a street or community named in the address,
 * else (when asked) the street of the clerk taking it in. Explains the choice.
 */
public final class Locator {

    /** The street found and how (a text, e.g. "按街道名称“德胜”"). */
    public record Found(String street, Text how) {}

    private final Map<String, String> streetNames;
    private final Map<String, Community> communities;
    private final Map<String, Grid> grids;

    /** {@code streetNames}: street code → name. */
    public Locator(Map<String, String> streetNames, List<Community> communities, List<Grid> grids) {
        this.streetNames = Map.copyOf(streetNames);
        this.communities = communities.stream().collect(Collectors.toMap(Community::code, Function.identity()));
        this.grids = grids.stream().collect(Collectors.toMap(Grid::code, Function.identity()));
    }

    public Optional<Found> locate(String street, String community, String grid, String address) {
        if (present(street) && streetNames.containsKey(street)) {
            return Optional.of(new Found(street, Text.of("routing.locatedBy.street")));
        }
        Optional<String> named = present(street) ? byName(street.strip()) : Optional.empty();
        if (named.isPresent()) {
            return Optional.of(new Found(named.get(), Text.of("routing.locatedBy.streetName", street.strip())));
        }
        if (present(grid) && grids.containsKey(grid)) {
            Community c = communities.get(grids.get(grid).community());
            if (c != null) {
                return Optional.of(new Found(
                        c.street(),
                        Text.of("routing.locatedBy.grid", grids.get(grid).name())));
            }
        }
        if (present(community) && communities.containsKey(community)) {
            return Optional.of(new Found(
                    communities.get(community).street(),
                    Text.of(
                            "routing.locatedBy.community",
                            communities.get(community).name())));
        }
        if (present(address)) {
            for (Map.Entry<String, String> s : streetNames.entrySet()) {
                if (address.contains(s.getValue())) {
                    return Optional.of(new Found(s.getKey(), Text.of("routing.locatedBy.addressStreet", s.getValue())));
                }
            }
            for (Community c : communities.values()) {
                if (address.contains(c.name())) {
                    return Optional.of(new Found(c.street(), Text.of("routing.locatedBy.addressCommunity", c.name())));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The clerk's own street when nothing in the matter names one: {@link #locate} first, then, if the
     * matter names no street, community or grid (a named one that does not exist is an error, not a
     * reason to guess), the street called {@code ownStreet} (a street staff member's, by name or code).
     */
    public Optional<Found> locate(String street, String community, String grid, String address, String ownStreet) {
        Optional<Found> found = locate(street, community, grid, address);
        if (found.isPresent() || !present(ownStreet) || present(street) || present(community) || present(grid)) {
            return found;
        }
        if (streetNames.containsKey(ownStreet)) {
            return Optional.of(new Found(ownStreet, Text.of("routing.locatedBy.ownStreet")));
        }
        return byName(ownStreet.strip()).map(code -> new Found(code, Text.of("routing.locatedBy.ownStreet")));
    }

    /** The street called {@code name}, with or without its suffix 街道 (e.g. 德胜 for 德胜街道). */
    private Optional<String> byName(String name) {
        for (Map.Entry<String, String> s : streetNames.entrySet()) {
            if (s.getValue().equals(name) || s.getValue().equals(name + "街道")) {
                return Optional.of(s.getKey());
            }
        }
        return Optional.empty();
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }
}
