package com.streetgov.tenantconfig.community;

import com.streetgov.community.domain.Commissioner;
import com.streetgov.community.domain.Community;
import com.streetgov.community.domain.Grid;
import com.streetgov.reform.domain.ReformModel;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A template's communities, grids and commissioners at the sizes its sources give (Xicheng 263
 * communities; Dongcheng 26 commissioners in the 3 pilot streets, 159 after roll-out; Chenghua grids
 * of at least 300 households). The sources name none of them, so every name is "待确认…" and the
 * households are generated within the template's bounds.
 */
public record TemplateCommunities(List<Community> communities, List<Grid> grids, List<Commissioner> commissioners) {

    /** Generates from the {@code communities} section of a template's duty file over the model's streets. */
    public static TemplateCommunities generate(JsonObject spec, ReformModel model, long seed) {
        Random random = new Random(seed);
        List<String> streets = model.streets().stream().map(s -> s.code()).toList();
        int total = spec.getInt("communities");
        List<String> pilot = spec.containsKey("pilotStreets")
                ? spec.getJsonArray("pilotStreets").getValuesAs(jakarta.json.JsonString.class).stream()
                        .map(jakarta.json.JsonString::getString)
                        .filter(streets::contains) // a district onboarded from the template has its own streets
                        .toList()
                : List.of();
        int pilotCommunities = pilot.isEmpty() ? 0 : spec.getInt("pilotCommunities", 0);
        List<Community> communities = new ArrayList<>();
        for (int i = 0; i < total; i++) {
            String street;
            if (i < pilotCommunities && !pilot.isEmpty()) {
                street = pilot.get(i % pilot.size());
            } else {
                List<String> rest = streets.stream()
                        .filter(s -> !pilot.contains(s) || pilotCommunities == 0)
                        .toList();
                street = rest.get((i - pilotCommunities) % rest.size());
            }
            communities.add(new Community(street + "-c" + (i + 1), "待确认社区" + (i + 1), street));
        }
        int min = spec.getInt("minHouseholds");
        int max = spec.getInt("maxHouseholds");
        List<Grid> grids = new ArrayList<>();
        for (Community c : communities) {
            for (int g = 1; g <= spec.getInt("gridsPerCommunity"); g++) {
                grids.add(new Grid(
                        c.code() + "-g" + g,
                        c.name() + "第" + g + "网格",
                        c.code(),
                        min + random.nextInt(max - min + 1),
                        "网格员（待确认）"));
            }
        }
        List<Commissioner> commissioners = new ArrayList<>();
        if (!spec.isNull("commissioners")) {
            JsonObject dates = spec.getJsonObject("commissioners");
            for (int i = 0; i < communities.size(); i++) {
                Community c = communities.get(i);
                LocalDate since = LocalDate.parse(
                        i < pilotCommunities ? dates.getString("pilotSince") : dates.getString("rolloutSince"));
                commissioners.add(new Commissioner(c.code() + "-z", "社区专员（待确认）" + (i + 1), c.code(), since));
            }
        }
        return new TemplateCommunities(List.copyOf(communities), List.copyOf(grids), List.copyOf(commissioners));
    }
}
