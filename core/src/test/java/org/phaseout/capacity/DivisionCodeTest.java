package org.phaseout.capacity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class DivisionCodeTest {

    /** Province-level codes of GB/T 2260: 北京 … 新疆, 台湾 71, 香港 81, 澳门 82. */
    private static final Set<Integer> PROVINCES = Set.of(
            11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46,
            50, 51, 52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82);

    private static final List<Integer> SORTED_PROVINCES = PROVINCES.stream().sorted().collect(Collectors.toList());

    @Test
    void chongqingAndWanzhouAreValid() {
        DivisionCode chongqing = DivisionCode.of("500000"); // 重庆市
        DivisionCode wanzhou = DivisionCode.of("500101"); // 万州区
        assertEquals("500000", chongqing.toString());
        assertEquals("500101", wanzhou.toString());
        assertEquals("50", chongqing.provinceCode());
        assertEquals("50", wanzhou.provinceCode());
        assertEquals("5000", chongqing.prefectureCode());
        assertEquals("5001", wanzhou.prefectureCode());
        assertTrue(chongqing.isProvinceLevel());
        assertFalse(wanzhou.isProvinceLevel());
        assertFalse(DivisionCode.of("500100").isProvinceLevel());
    }

    @Test
    void exactlyTheProvinceLevelPrefixesAreAccepted() {
        int accepted = 0;
        for (int prefix = 0; prefix <= 99; prefix++) {
            String code = String.format(Locale.ROOT, "%02d0101", prefix);
            if (PROVINCES.contains(prefix)) {
                assertEquals(code, DivisionCode.of(code).toString());
                accepted++;
            } else {
                InvalidCodeException e = assertThrows(InvalidCodeException.class, () -> DivisionCode.of(code));
                assertEquals("first two digits should be a province-level code (11-15, 21-23, 31-37, 41-46,"
                        + " 50-54, 61-65, 71, 81, 82) but are '" + code.substring(0, 2) + "'", e.reason(), code);
            }
        }
        assertEquals(34, accepted);
    }

    @Test
    void unknownProvinceIsRejected() {
        InvalidCodeException e = assertThrows(InvalidCodeException.class, () -> DivisionCode.of("990101"));
        assertEquals(DivisionCode.CODE_TYPE, e.codeType());
        assertEquals("990101", e.value());
        assertTrue(e.getMessage().startsWith("invalid 行政区划代码 administrative division code \"990101\": "),
                e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "5", "50010", "5001011", "500101500101"})
    void wrongLengthIsRejected(String text) {
        InvalidCodeException e = assertThrows(InvalidCodeException.class, () -> DivisionCode.of(text));
        assertEquals("6 ASCII digits 0-9, but has " + text.length() + " characters", e.reason());
    }

    @Test
    void nonDigitsAreRejectedWithTheirPosition() {
        assertEquals("6 ASCII digits 0-9, but position 6 is 'A'",
                assertThrows(InvalidCodeException.class, () -> DivisionCode.of("50010A")).reason());
        assertEquals("6 ASCII digits 0-9, but position 1 is '５'",
                assertThrows(InvalidCodeException.class, () -> DivisionCode.of("５00101")).reason());
        assertEquals("6 ASCII digits 0-9, but position 4 is U+0020",
                assertThrows(InvalidCodeException.class, () -> DivisionCode.of("500 01")).reason());
        assertEquals("6 ASCII digits 0-9, but position 2 is '-'",
                assertThrows(InvalidCodeException.class, () -> DivisionCode.of("5-0101")).reason());
    }

    @Test
    void parseStripsWhitespaceButOfDoesNot() {
        assertEquals(DivisionCode.of("500101"), DivisionCode.parse(" 500101\t"));
        assertEquals(DivisionCode.of("500101"), DivisionCode.parse("\u3000500101\u3000"));
        InvalidCodeException e = assertThrows(InvalidCodeException.class, () -> DivisionCode.of(" 500101"));
        assertEquals("6 ASCII digits 0-9, but has 7 characters", e.reason());
        InvalidCodeException given = assertThrows(InvalidCodeException.class, () -> DivisionCode.parse(" 990101 "));
        assertEquals(" 990101 ", given.value());
    }

    @Test
    void containmentFollowsTheHierarchy() {
        DivisionCode chongqing = DivisionCode.of("500000");
        DivisionCode urban = DivisionCode.of("500100"); // 重庆市 市辖区 summary code
        DivisionCode wanzhou = DivisionCode.of("500101");
        DivisionCode counties = DivisionCode.of("500200"); // 重庆市 县 summary code
        DivisionCode sichuan = DivisionCode.of("510000");

        assertTrue(wanzhou.isWithin(chongqing));
        assertTrue(wanzhou.isWithin(urban));
        assertTrue(urban.isWithin(chongqing));
        assertTrue(wanzhou.isWithin(wanzhou));
        assertTrue(chongqing.isWithin(chongqing));
        assertTrue(urban.isWithin(urban));

        assertFalse(chongqing.isWithin(wanzhou));
        assertFalse(chongqing.isWithin(urban));
        assertFalse(urban.isWithin(wanzhou));
        assertFalse(wanzhou.isWithin(counties));
        assertFalse(wanzhou.isWithin(sichuan));
        assertFalse(wanzhou.isWithin(DivisionCode.of("500102")));
    }

    /** Random valid codes with few distinct prefixes, so that containment happens often. */
    private static Gen<DivisionCode> codes() {
        Gen<String> province = Generate.pick(List.of("50", "51", "11"));
        Gen<Integer> prefecture = Generate.pick(List.of(0, 1, 2));
        Gen<Integer> county = Generate.pick(List.of(0, 1, 2, 28));
        return province.zip(prefecture, county, (p, m, c) ->
                DivisionCode.of(p + String.format(Locale.ROOT, "%02d%02d", m, c)));
    }

    @Test
    void containmentIsAPartialOrderConsistentWithPrefixes() {
        qt().forAll(codes(), codes(), codes()).checkAssert((a, b, c) -> {
            assertTrue(a.isWithin(a));
            assertTrue(a.isWithin(DivisionCode.of(a.provinceCode() + "0000")));
            if (a.isWithin(b) && b.isWithin(a)) {
                assertEquals(a, b);
            }
            if (a.isWithin(b) && b.isWithin(c)) {
                assertTrue(a.isWithin(c), a + " within " + b + " within " + c);
            }
            if (a.isWithin(b)) {
                assertTrue(a.toString().startsWith(b.provinceCode()));
                assertTrue(a.compareTo(b) >= 0);
            }
        });
    }

    @Test
    void everyCodeIsWithinItsPrefectureAndProvince() {
        qt().forAll(integers().between(0, PROVINCES.size() - 1), integers().between(0, 9999))
                .checkAssert((index, rest) -> {
                    String province = String.valueOf(SORTED_PROVINCES.get(index));
                    DivisionCode code = DivisionCode.of(province + String.format(Locale.ROOT, "%04d", rest));
                    assertTrue(code.isWithin(DivisionCode.of(province + "0000")));
                    if (!code.prefectureCode().endsWith("00")) {
                        assertTrue(code.isWithin(DivisionCode.of(code.prefectureCode() + "00")));
                    }
                    assertEquals(code, DivisionCode.of(code.toString()));
                    assertEquals(code.toString().endsWith("0000"), code.isProvinceLevel());
                });
    }

    @Test
    void equalsHashCodeAndOrderFollowTheDigits() {
        DivisionCode a = DivisionCode.of("500101");
        DivisionCode b = DivisionCode.parse(" 500101 ");
        DivisionCode c = DivisionCode.of("500000");
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertNotEquals(a, c);
        assertFalse(a.equals(null));
        assertFalse(a.equals("500101"));
        assertEquals(0, a.compareTo(b));
        assertTrue(c.compareTo(a) < 0);
        assertTrue(a.compareTo(c) > 0);
    }

    @Test
    void nullArgumentsAreRejectedNamingTheParameter() {
        DivisionCode code = DivisionCode.of("500101");
        assertEquals("code", assertThrows(NullPointerException.class, () -> DivisionCode.of(null)).getMessage());
        assertEquals("text", assertThrows(NullPointerException.class, () -> DivisionCode.parse(null)).getMessage());
        assertEquals("other", assertThrows(NullPointerException.class, () -> code.isWithin(null)).getMessage());
        assertEquals("other", assertThrows(NullPointerException.class, () -> code.compareTo(null)).getMessage());
    }
}
