package com.streetgov.tenantconfig.enforcement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.streetgov.enforcement.domain.EnforcementPower;
import com.streetgov.enforcement.domain.PowerDomain;
import com.streetgov.tenantconfig.sheet.CellError;
import com.streetgov.tenantconfig.sheet.SheetException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Beijing's 431 delegated powers survive the .xlsx round trip; codes follow the coding rule. */
class EnforcementSheetTest {

    @Test
    void beijings_2020_delegation_has_431_powers_by_domain_and_survives_export_and_import() throws Exception {
        List<EnforcementPower> powers = BeijingDelegation.powers();
        assertEquals(431, powers.size());
        Map<PowerDomain, Long> byDomain =
                powers.stream().collect(Collectors.groupingBy(EnforcementPower::domain, Collectors.counting()));
        assertEquals(
                Map.of(
                        PowerDomain.CITY_MANAGEMENT,
                        393L,
                        PowerDomain.WATER,
                        22L,
                        PowerDomain.HEALTH,
                        11L,
                        PowerDomain.ECOLOGY,
                        4L,
                        PowerDomain.AGRICULTURE,
                        1L),
                byDomain);
        assertEquals(powers, EnforcementSheet.read(EnforcementSheet.write(powers)));
    }

    @Test
    void codes_that_break_the_coding_rule_are_named_by_row_and_the_file_is_refused() throws Exception {
        Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(
                EnforcementSheet.write(BeijingDelegation.powers().subList(0, 10))));
        Sheet sheet = workbook.getSheetAt(0);
        sheet.getRow(1).getCell(0).setCellValue("SW-CF-0001");
        sheet.getRow(2).getCell(0).setCellValue("CG-0002");
        sheet.getRow(3).getCell(7).setCellValue("转交");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        workbook.write(out);
        workbook.close();
        SheetException e = assertThrows(SheetException.class, () -> EnforcementSheet.read(out.toByteArray()));
        assertEquals(
                List.of(
                        "第2行“编码”列：编码“SW-CF-0001”的领域字母应为CG（城市管理）",
                        "第3行“编码”列：编码“CG-0002”应为“领域字母-类型字母-四位序号”，如 CG-CF-0001",
                        "第4行“下放方式”列：“转交”不是有效的取值（允许：交由、委托、授权）"),
                e.errors().stream().map(CellError::toString).toList());
    }
}
