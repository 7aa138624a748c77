package com.streetgov.tenantconfig.enforcement;

import com.streetgov.enforcement.domain.EnforcementPower;
import com.streetgov.enforcement.domain.HandoverMode;
import com.streetgov.enforcement.domain.PowerCode;
import com.streetgov.enforcement.domain.PowerDomain;
import com.streetgov.enforcement.domain.PowerType;
import com.streetgov.tenantconfig.sheet.SheetException;
import com.streetgov.tenantconfig.sheet.SheetIO;
import com.streetgov.text.Text;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The enforcement catalog as an .xlsx sheet; codes are checked against the coding rule. */
public final class EnforcementSheet {

    static final String[] HEADERS = {"编码", "职权名称", "类型", "领域", "法律依据", "条款", "来源部门", "下放方式", "区级保留", "生效日期", "生成"};

    static final Map<PowerType, String> TYPES =
            Arrays.stream(PowerType.values()).collect(Collectors.toMap(t -> t, PowerType::label));
    static final Map<PowerDomain, String> DOMAINS =
            Arrays.stream(PowerDomain.values()).collect(Collectors.toMap(d -> d, PowerDomain::label));
    static final Map<HandoverMode, String> MODES =
            Arrays.stream(HandoverMode.values()).collect(Collectors.toMap(m -> m, HandoverMode::label));

    private EnforcementSheet() {}

    public static byte[] write(List<EnforcementPower> powers) {
        return SheetIO.write("执法职权目录", HEADERS, powers, p -> new String[] {
            p.code(),
            p.name(),
            p.type().label(),
            p.domain().label(),
            p.legalBasis(),
            p.article(),
            p.sourceDepartment(),
            p.handover().label(),
            p.districtRetains(),
            p.effectiveFrom().toString(),
            p.generated() ? "是" : "否"
        });
    }

    public static List<EnforcementPower> read(byte[] xlsx) throws SheetException {
        Set<String> codes = new HashSet<>();
        return SheetIO.read(xlsx, HEADERS, in -> {
            String code = in.required("编码");
            PowerType type = in.choice("类型", TYPES);
            PowerDomain domain = in.choice("领域", DOMAINS);
            if (code != null) {
                PowerCode.problem(code, domain, type).ifPresent(problem -> in.error("编码", problem));
                if (!codes.add(code)) {
                    in.error("编码", Text.of("sheet.code.repeated", code));
                }
            }
            return new EnforcementPower(
                    code,
                    in.required("职权名称"),
                    type,
                    domain,
                    in.optional("法律依据"),
                    in.optional("条款"),
                    in.required("来源部门"),
                    in.choice("下放方式", MODES),
                    in.optional("区级保留"),
                    in.date("生效日期", true),
                    "是".equals(in.optional("生成")));
        });
    }
}
