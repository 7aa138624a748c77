package com.streetgov.tenantconfig.duty;

import com.streetgov.duty.domain.DutyItem;
import com.streetgov.duty.domain.DutyLevel;
import com.streetgov.duty.domain.DutyRole;
import com.streetgov.duty.domain.Movement;
import com.streetgov.tenantconfig.sheet.SheetException;
import com.streetgov.tenantconfig.sheet.SheetIO;
import com.streetgov.text.Text;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A duty list as an .xlsx sheet with Chinese headers, one item a row; lists inside a cell are separated
 * by "、", dates written as YYYY-MM-DD text. Reading takes files as clerks make them (DD028: date cells,
 * text dates, a title row, extra columns), checks every row and rejects the file whole.
 */
public final class DutySheet {

    static final String[] HEADERS = {
        "编码", "事项名称", "领域", "层级", "街道角色", "牵头单位", "配合单位", "法律依据", "来源部门", "生效日期", "失效日期", "关键词", "生成", "变动", "变动日期"
    };

    public static final Map<DutyLevel, String> LEVELS = Map.of(
            DutyLevel.DISTRICT, "区级",
            DutyLevel.STREET, "街道",
            DutyLevel.COMMUNITY_PARTY_ORG, "社区党组织",
            DutyLevel.RESIDENTS_COMMITTEE, "居委会",
            DutyLevel.WORKSTATION, "社区工作站",
            DutyLevel.SERVICE_CENTRE, "社区服务中心",
            DutyLevel.SOCIAL_ORGANISATION, "社会组织",
            DutyLevel.OWNERS_COMMITTEE, "业委会及物业服务",
            DutyLevel.RESIDENT_UNIT, "驻区单位");

    public static final Map<DutyRole, String> ROLES =
            Map.of(DutyRole.LEAD, "主责", DutyRole.COORDINATE, "协调", DutyRole.ASSIST, "配合", DutyRole.UNCLASSIFIED, "未分类");

    static final Map<Movement, String> MOVEMENTS =
            Arrays.stream(Movement.values()).collect(Collectors.toMap(m -> m, Movement::label));

    private DutySheet() {}

    public static byte[] write(List<DutyItem> items) {
        return SheetIO.write("职责清单", HEADERS, items, item -> new String[] {
            item.code(),
            item.name(),
            item.area(),
            LEVELS.get(item.level()),
            ROLES.get(item.streetRole()),
            String.join("、", item.leadUnits()),
            String.join("、", item.assistingUnits()),
            item.legalBasis(),
            item.origin(),
            item.effectiveFrom().toString(),
            item.effectiveTo() == null ? null : item.effectiveTo().toString(),
            String.join("、", item.keywords()),
            item.generated() ? "是" : "否",
            item.movement().label(),
            item.movedOn() == null ? null : item.movedOn().toString()
        });
    }

    public static List<DutyItem> read(byte[] xlsx) throws SheetException {
        Set<String> codes = new HashSet<>();
        return SheetIO.read(xlsx, HEADERS, in -> {
            String code = in.required("编码");
            if (code != null && !codes.add(code)) {
                in.error("编码", Text.of("sheet.code.repeated", code));
            }
            return new DutyItem(
                    code,
                    in.required("事项名称"),
                    in.required("领域"),
                    in.choice("层级", LEVELS),
                    in.choice("街道角色", ROLES),
                    in.list("牵头单位"),
                    in.list("配合单位"),
                    in.optional("法律依据"),
                    in.optional("来源部门"),
                    in.date("生效日期", true),
                    in.date("失效日期", false),
                    in.list("关键词"),
                    "是".equals(in.optional("生成")),
                    in.optional("变动") == null ? Movement.ORIGINAL : in.choice("变动", MOVEMENTS),
                    in.date("变动日期", false));
        });
    }
}
