package org.phaseout.capacity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.quicktheories.core.Gen;

class IndustryCodeTest {

    /**
     * Independent statement of the GB/T 4754-2017 section ranges ("本门类包括01～05大类" …
     * "本门类包括91～96大类", "本门类包括97大类"): section letter, first and last division.
     */
    private static final Object[][] SECTIONS = {
        {'A', 1, 5}, {'B', 6, 12}, {'C', 13, 43}, {'D', 44, 46}, {'E', 47, 50}, {'F', 51, 52},
        {'G', 53, 60}, {'H', 61, 62}, {'I', 63, 65}, {'J', 66, 69}, {'K', 70, 70}, {'L', 71, 72},
        {'M', 73, 75}, {'N', 76, 79}, {'O', 80, 82}, {'P', 83, 83}, {'Q', 84, 85}, {'R', 86, 90},
        {'S', 91, 96}, {'T', 97, 97},
    };

    private static char expectedSection(int division) {
        for (Object[] row : SECTIONS) {
            if (division >= (Integer) row[1] && division <= (Integer) row[2]) {
                return (Character) row[0];
            }
        }
        throw new AssertionError("no section for " + division);
    }

    @Test
    void digitsAloneGetTheirSectionLetter() {
        IndustryCode ironMaking = IndustryCode.parse("3110"); // 炼铁
        assertEquals("C3110", ironMaking.toString());
        assertEquals(IndustryCode.of("C3110"), ironMaking);
        assertEquals('C', ironMaking.section());
        assertEquals("31", ironMaking.division());
        assertEquals(IndustryCode.Level.CLASS, ironMaking.level());
        assertEquals("B0610", IndustryCode.parse("0610").toString()); // 烟煤和无烟煤开采洗选
        assertEquals("C301", IndustryCode.parse("301").toString()); // 水泥、石灰和石膏制造
        assertEquals("D44", IndustryCode.parse("44").toString());
        assertEquals("T97", IndustryCode.parse("97").toString()); // 国际组织
        assertEquals("S96", IndustryCode.parse("96").toString()); // 基层群众自治组织及其他组织
    }

    @Test
    void everyDivisionMapsToTheSectionOfTheStandard() {
        int count = 0;
        for (int division = 1; division <= 97; division++) {
            String digits = String.format(Locale.ROOT, "%02d", division);
            char section = expectedSection(division);
            assertEquals(section + digits, IndustryCode.parse(digits).toString());
            assertEquals(section + digits + "1", IndustryCode.of(section + digits + "1").toString());
            for (Object[] row : SECTIONS) {
                char other = (Character) row[0];
                if (other != section) {
                    InvalidCodeException e = assertThrows(InvalidCodeException.class,
                            () -> IndustryCode.of(other + digits));
                    assertEquals("division " + digits + " belongs to section " + section + ", not " + other,
                            e.reason());
                }
            }
            count++;
        }
        assertEquals(97, count);
    }

    @Test
    void sectionLettersAloneAreValid() {
        for (char letter = 'A'; letter <= 'T'; letter++) {
            IndustryCode section = IndustryCode.of(String.valueOf(letter));
            assertEquals(String.valueOf(letter), section.toString());
            assertEquals(letter, section.section());
            assertEquals("", section.division());
            assertEquals(IndustryCode.Level.SECTION, section.level());
        }
        for (char letter = 'U'; letter <= 'Z'; letter++) {
            String text = String.valueOf(letter);
            InvalidCodeException e = assertThrows(InvalidCodeException.class, () -> IndustryCode.of(text));
            assertEquals("section letter should be one of A-T but is '" + letter + "'", e.reason());
        }
    }

    @Test
    void levelsFollowTheNumberOfDigits() {
        assertEquals(IndustryCode.Level.SECTION, IndustryCode.of("C").level()); // 制造业
        assertEquals(IndustryCode.Level.DIVISION, IndustryCode.of("C31").level()); // 黑色金属冶炼和压延加工业
        assertEquals(IndustryCode.Level.GROUP, IndustryCode.of("C301").level()); // 水泥、石灰和石膏制造
        assertEquals(IndustryCode.Level.CLASS, IndustryCode.of("C3110").level()); // 炼铁
        assertEquals("30", IndustryCode.of("C301").division());
    }

    @Test
    void letterThatDoesNotMatchTheDivisionIsRejected() {
        assertEquals("B0610", IndustryCode.of("B0610").toString());
        assertEquals("B0610", IndustryCode.parse("B0610").toString());
        InvalidCodeException e = assertThrows(InvalidCodeException.class, () -> IndustryCode.of("C0610"));
        assertEquals(IndustryCode.CODE_TYPE, e.codeType());
        assertEquals("C0610", e.value());
        assertEquals("division 06 belongs to section B, not C", e.reason());
        assertEquals("invalid 国民经济行业分类代码 industrial classification code (GB/T 4754-2017) \"C0610\": "
                + "division 06 belongs to section B, not C", e.getMessage());
        assertThrows(InvalidCodeException.class, () -> IndustryCode.parse("c0610"));
    }

    @ParameterizedTest
    @CsvSource({
        "3, 'a code of 2, 3 or 4 digits (大类 division, 中类 group or 小类 class), but has 1 digit'",
        "C3, 'a code of 2, 3 or 4 digits (大类 division, 中类 group or 小类 class), but has 1 digit'",
        "C31101, 'a code of 2, 3 or 4 digits (大类 division, 中类 group or 小类 class), but has 5 digits'",
        "311012, 'a code of 2, 3 or 4 digits (大类 division, 中类 group or 小类 class), but has 6 digits'",
        "00, 'division (first two digits) should be 01-97 but is 00'",
        "98, 'division (first two digits) should be 01-97 but is 98'",
        "C9910, 'division (first two digits) should be 01-97 but is 99'",
        "C31A0, 'ASCII digits 0-9 in the digit part, but position 4 is ''A'''",
        "31-0, 'ASCII digits 0-9 in the digit part, but position 3 is ''-'''",
    })
    void malformedCodesAreRejected(String text, String reason) {
        InvalidCodeException e = assertThrows(InvalidCodeException.class, () -> IndustryCode.parse(text));
        assertEquals(reason, e.reason());
        assertEquals(text, e.value());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "-C31", "中31", "Ｃ31"})
    void textWithoutLetterOrDigitIsRejected(String text) {
        InvalidCodeException e = assertThrows(InvalidCodeException.class, () -> IndustryCode.parse(text));
        assertTrue(e.reason().startsWith("a section letter A-T, optionally followed by"), e.reason());
    }

    @Test
    void parseIsLenientButOfRequiresTheCanonicalForm() {
        assertEquals(IndustryCode.of("C3110"), IndustryCode.parse(" c3110\u3000"));
        // Locale.ROOT: in the Turkish default locale "i" would upper-case to a dotted İ
        assertEquals("I65", IndustryCode.parse("i65").toString());
        assertEquals("I", IndustryCode.parse("i").toString());
        assertEquals("section letter should be one of A-T but is 'c'",
                assertThrows(InvalidCodeException.class, () -> IndustryCode.of("c3110")).reason());
        assertThrows(InvalidCodeException.class, () -> IndustryCode.of("3110"));
        assertThrows(InvalidCodeException.class, () -> IndustryCode.of(" C3110"));
        assertThrows(InvalidCodeException.class, () -> IndustryCode.of("C3110 "));
        assertEquals(" 9910 ",
                assertThrows(InvalidCodeException.class, () -> IndustryCode.parse(" 9910 ")).value());
    }

    @Test
    void containmentIsByPrefix() {
        IndustryCode ironMaking = IndustryCode.of("C3110");
        assertTrue(ironMaking.isWithin(IndustryCode.of("C311")));
        assertTrue(ironMaking.isWithin(IndustryCode.of("C31")));
        assertTrue(ironMaking.isWithin(IndustryCode.of("C")));
        assertTrue(ironMaking.isWithin(ironMaking));
        assertFalse(ironMaking.isWithin(IndustryCode.of("C32")));
        assertFalse(ironMaking.isWithin(IndustryCode.of("C3120")));
        assertFalse(ironMaking.isWithin(IndustryCode.of("B")));
        assertFalse(IndustryCode.of("C31").isWithin(ironMaking));
        assertFalse(IndustryCode.of("C").isWithin(IndustryCode.of("C31")));
    }

    /** Random class-level (小类) codes of every division. */
    private static Gen<IndustryCode> classes() {
        return integers().between(1, 97).zip(integers().between(0, 99),
                (division, rest) -> IndustryCode.parse(String.format(Locale.ROOT, "%02d%02d", division, rest)));
    }

    /** All ancestors of a code, from the code itself up to its section. */
    private static List<IndustryCode> ancestors(IndustryCode code) {
        List<IndustryCode> result = new ArrayList<>();
        String text = code.toString();
        for (int length = text.length(); length >= 1; length--) {
            if (length != 2) {
                result.add(IndustryCode.of(text.substring(0, length)));
            }
        }
        return result;
    }

    @Test
    void containmentAgreesWithTheHierarchy() {
        qt().forAll(classes(), classes()).checkAssert((x, y) -> {
            List<IndustryCode> xAncestors = ancestors(x);
            assertEquals(4, xAncestors.size());
            assertEquals(List.of(IndustryCode.Level.CLASS, IndustryCode.Level.GROUP,
                    IndustryCode.Level.DIVISION, IndustryCode.Level.SECTION),
                    xAncestors.stream().map(IndustryCode::level).collect(java.util.stream.Collectors.toList()));
            for (IndustryCode broader : xAncestors) {
                assertTrue(x.isWithin(broader), x + " within " + broader);
                assertTrue(broader.compareTo(x) <= 0);
                assertEquals(x.equals(broader), broader.isWithin(x));
            }
            for (IndustryCode broader : ancestors(y)) {
                assertEquals(xAncestors.contains(broader), x.isWithin(broader), x + " within " + broader);
                if (x.isWithin(broader) && broader.isWithin(x)) {
                    assertEquals(x, broader);
                }
            }
            assertEquals(x.section() == y.section(), x.isWithin(IndustryCode.of(String.valueOf(y.section()))));
        });
    }

    @Test
    void orderPutsBroaderCodesFirst() {
        List<IndustryCode> codes = new ArrayList<>(List.of(
                IndustryCode.of("C312"), IndustryCode.of("C3110"), IndustryCode.of("C"),
                IndustryCode.of("C311"), IndustryCode.of("B"), IndustryCode.of("C31")));
        Collections.sort(codes);
        assertEquals("[B, C, C31, C311, C3110, C312]", codes.toString());
    }

    @Test
    void equalsAndHashCodeFollowTheCanonicalText() {
        IndustryCode a = IndustryCode.of("C3110");
        IndustryCode b = IndustryCode.parse("3110");
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertEquals(0, a.compareTo(b));
        assertNotEquals(a, IndustryCode.of("C311"));
        assertFalse(a.equals(null));
        assertFalse(a.equals("C3110"));
    }

    @Test
    void nullArgumentsAreRejectedNamingTheParameter() {
        IndustryCode code = IndustryCode.of("C31");
        assertEquals("code", assertThrows(NullPointerException.class, () -> IndustryCode.of(null)).getMessage());
        assertEquals("text", assertThrows(NullPointerException.class, () -> IndustryCode.parse(null)).getMessage());
        assertEquals("broader", assertThrows(NullPointerException.class, () -> code.isWithin(null)).getMessage());
        assertEquals("other", assertThrows(NullPointerException.class, () -> code.compareTo(null)).getMessage());
    }
}
