package com.streetgov.community.domain;

import java.util.List;

/** The current district's communities, grids and commissioners. */
public interface CommunityRepository {

    List<Community> communities();

    List<Grid> grids();

    List<Commissioner> commissioners();

    /** Replaces all three at once (template installation, import). */
    void replaceAll(List<Community> communities, List<Grid> grids, List<Commissioner> commissioners);
}
