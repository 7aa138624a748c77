package com.streetgov.organisation.domain;

import com.streetgov.tenancy.DistrictId;
import java.util.List;
import java.util.Optional;

/**
 * Streets. The no-district methods work on the current request's district and never return another
 * district's streets; the methods naming a district are the explicit path for provisioning and vendor
 * work.
 */
public interface StreetRepository {

    List<Street> findAll();

    Optional<Street> find(String streetId);

    List<Street> findAllOf(DistrictId district);

    void add(DistrictId district, Street street);
}
