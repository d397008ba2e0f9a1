package org.phaseout.catalogs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.phaseout.catalogue.Catalogues;
import org.phaseout.catalogue.VerificationLevel;
import org.phaseout.lifecycle.RestDayNotice;
import org.phaseout.lifecycle.StatutoryRestDays;

/**
 * The bundled statutory rest-day calendar (法定休息日历): it loads from the jar's resources, each year is pinned to its
 * State Council notice, and the dates agree with the notice's own wording.
 */
class StatutoryRestDaysDataTest {

  private static final Path SOURCE = Path.of("src", "main", "resources", "org", "phaseout", "calendars",
      "cn-statutory-rest-days.json");
  private static final StatutoryRestDays CALENDAR = StatutoryRestDays.loadBundled();

  private static RestDayNotice.Holiday holiday(int year, String zh) {
    return CALENDAR.notice(year).orElseThrow().holidays().stream().filter(h -> h.name().zh().equals(zh)).findFirst()
        .orElseThrow(() -> new AssertionError("no " + zh + " in " + year));
  }

  @Test
  void theBundledCalendarLoadsFromTheClasspathAndCoversExactlyTheSourcedYears() {
    assertEquals("cn-statutory-rest-days", CALENDAR.id());
    assertEquals(List.of(2024, 2025, 2026), CALENDAR.notices().stream().map(RestDayNotice::year).toList());
    assertFalse(CALENDAR.covers(2023));
    assertFalse(CALENDAR.covers(2027));
  }

  @Test
  void eachYearIsPinnedToItsNotice() {
    assertEquals(List.of("国办发明电〔2023〕7号", "国办发明电〔2024〕12号", "国办发明电〔2025〕7号"),
        CALENDAR.notices().stream().map(RestDayNotice::documentNumber).toList());
    assertEquals(List.of(LocalDate.of(2023, 10, 25), LocalDate.of(2024, 11, 12), LocalDate.of(2025, 11, 4)),
        CALENDAR.notices().stream().map(RestDayNotice::published).toList());
    assertEquals(List.of("https://www.gov.cn/zhengce/content/202310/content_6911527.htm",
            "https://www.gov.cn/zhengce/content/202411/content_6986382.htm",
            "https://www.gov.cn/zhengce/content/202511/content_7047090.htm"),
        CALENDAR.notices().stream().map(RestDayNotice::url).toList());
    for (RestDayNotice notice : CALENDAR.notices()) {
      assertEquals("国务院办公厅关于" + notice.year() + "年部分节假日安排的通知", notice.title());
      assertEquals(VerificationLevel.OFFICIAL_REPRINT, notice.source().verification(), notice.documentNumber());
      assertTrue(notice.source().note().isPresent(), notice.documentNumber() + " says what remains to be checked");
    }
    assertEquals(List.of(7, 6, 7),
        CALENDAR.notices().stream().map(n -> n.holidays().size()).toList(), "2025 merges 国庆节 and 中秋节");
  }

  @Test
  void eachYearFollowsItsOwnNotice() {
    // 2024, before the amendment: 春节 2月10日至17日, 共8天, without 除夕
    assertEquals(LocalDate.of(2024, 2, 10), holiday(2024, "春节").restFrom());
    assertEquals(LocalDate.of(2024, 2, 17), holiday(2024, "春节").restTo());
    assertEquals(Optional.of(false), CALENDAR.isRestDay(LocalDate.of(2024, 2, 9)), "除夕 2024 was only encouraged");
    // 2025, the first year of the 2024 amendment of 《全国年节及纪念日放假办法》: 春节 from 除夕, 劳动节 five days
    assertEquals(LocalDate.of(2025, 1, 28), holiday(2025, "春节").restFrom());
    assertEquals(LocalDate.of(2025, 2, 4), holiday(2025, "春节").restTo());
    assertEquals(List.of(LocalDate.of(2025, 1, 26), LocalDate.of(2025, 2, 8)), holiday(2025, "春节").workingDays());
    assertEquals(LocalDate.of(2025, 10, 8), holiday(2025, "国庆节、中秋节").restTo());
    // 2026: 春节 2月15日（农历腊月二十八）至23日, 共9天
    assertEquals(LocalDate.of(2026, 2, 15), holiday(2026, "春节").restFrom());
    assertEquals(LocalDate.of(2026, 2, 23), holiday(2026, "春节").restTo());
    assertEquals(List.of(LocalDate.of(2026, 2, 14), LocalDate.of(2026, 2, 28)), holiday(2026, "春节").workingDays());
  }

  @Test
  void everyDateAgreesWithTheWordingOfItsClause() {
    String[] week = {"一", "二", "三", "四", "五", "六", "日"};
    for (RestDayNotice notice : CALENDAR.notices()) {
      for (RestDayNotice.Holiday h : notice.holidays()) {
        LocalDate from = h.restFrom();
        assertTrue(h.clause().contains(from.getMonthValue() + "月" + from.getDayOfMonth() + "日"),
            h.clause() + " names its first day off " + from);
        assertTrue(h.clause().contains(h.restTo().getDayOfMonth() + "日"), h.clause() + " names " + h.restTo());
        for (LocalDate work : h.workingDays()) {
          String day = work.getMonthValue() + "月" + work.getDayOfMonth() + "日";
          String weekday = week[work.getDayOfWeek().getValue() - 1];
          assertTrue(h.clause().contains(day + "（周" + weekday + "）")
              || h.clause().contains(day + "（星期" + weekday + "）"), h.clause() + " says " + work + " is a 周"
              + weekday + " working day");
        }
      }
    }
  }

  @Test
  void theFileConformsToItsShippedSchemaAndIsUtf8WithoutByteOrderMarkEndingWithANewline() throws IOException {
    Schema schema;
    try (InputStream in = Catalogues.class.getResourceAsStream("/org/phaseout/schema/statutory-rest-days.schema.json")) {
      assertTrue(in != null, "the schema is shipped in phaseout-core");
      schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
          .getSchema(new String(in.readAllBytes(), StandardCharsets.UTF_8), InputFormat.JSON);
    }
    byte[] bytes = Files.readAllBytes(SOURCE);
    assertEquals(List.of(), schema.validate(new String(bytes, StandardCharsets.UTF_8), InputFormat.JSON).stream()
        .map(Error::toString).toList());
    assertFalse((bytes[0] & 0xff) == 0xEF, "no BOM");
    assertEquals('\n', bytes[bytes.length - 1]);
    try (InputStream jar = StatutoryRestDays.class.getClassLoader()
        .getResourceAsStream(StatutoryRestDays.BUNDLED_RESOURCE)) {
      assertTrue(jar != null);
      assertEquals(new String(bytes, StandardCharsets.UTF_8), new String(jar.readAllBytes(), StandardCharsets.UTF_8),
          "the classpath copy is the source file");
    }
  }
}
