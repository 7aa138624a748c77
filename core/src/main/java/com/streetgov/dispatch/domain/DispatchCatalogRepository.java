package com.streetgov.dispatch.domain;

import java.util.List;

/** The current district's stored dispatch catalog. */
public interface DispatchCatalogRepository {

    /** The catalog, {@link DispatchCatalog#EMPTY} when the district has none. */
    DispatchCatalog catalog();

    /**
     * The catalog, read to be changed and written back in the caller's transaction: other changes of
     * the district's catalog wait until that transaction ends.
     */
    DispatchCatalog catalogForChange();

    /** The district's departments alone (what a whistle may summon), by name. */
    List<Department> departments();

    /** Replaces the whole catalog (departments and types) in the caller's transaction. */
    void replace(DispatchCatalog catalog);
}
