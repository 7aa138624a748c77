package com.streetgov.dispatch.domain;

/** The current district's stored dispatch catalog. */
public interface DispatchCatalogRepository {

    /** The catalog, {@link DispatchCatalog#EMPTY} when the district has none. */
    DispatchCatalog catalog();

    /** Replaces the whole catalog (departments and types) in the caller's transaction. */
    void replace(DispatchCatalog catalog);
}
