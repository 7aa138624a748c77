package com.streetgov.whatif.infrastructure;

import static com.streetgov.tenancy.NativeSql.at;
import static com.streetgov.tenancy.NativeSql.district;
import static com.streetgov.tenancy.NativeSql.rows;
import static com.streetgov.tenancy.NativeSql.text;
import static com.streetgov.tenancy.NativeSql.time;

import com.streetgov.tenancy.TenantRepository;
import com.streetgov.whatif.domain.PastMatter;
import com.streetgov.whatif.domain.PastMatterRepository;
import com.streetgov.whatif.domain.Placement;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;

/**
 * A referred matter is at its department; one with a lead unit at that unit; anything else (received,
 * waiting at the desk, rejected back) at the desk.
 */
@ApplicationScoped
public class SqlPastMatters extends TenantRepository implements PastMatterRepository {

    @Override
    public List<PastMatter> received(LocalDate from, LocalDate to) {
        return rows(
                        em(),
                        "select number, street, item_code, item_name, received_at, state, lead_unit, referred_to,"
                                + " referred_name from matter where district_id = ? and received_at >= ?"
                                + " and received_at < ? order by number",
                        List.of(district(em()), at(from), at(to.plusDays(1))))
                .stream()
                .map(r -> new PastMatter(
                        text(r[0]),
                        text(r[1]),
                        text(r[2]),
                        text(r[3]),
                        time(r[4]).toLocalDate(),
                        placement(text(r[5]), text(r[6]), text(r[7]), text(r[8]))))
                .toList();
    }

    private static Placement placement(String state, String lead, String referred, String referredName) {
        if ("REFERRED".equals(state) && referred != null) {
            return Placement.department(referred, referredName);
        }
        return lead == null ? Placement.DESK : Placement.unit(lead, lead);
    }
}
