package org.phaseout.capacity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class CreditCodeTest {

    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private static final List<String> PROVINCES = List.of(
            "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37",
            "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64",
            "65", "71", "81", "82");

    /**
     * Real codes of real organisations, copied exactly from official pages of Chongqing district
     * governments. Each was checked against the GB 32100-2015 algorithm before being included.
     */
    static Stream<Arguments> realPublishedCodes() {
        return Stream.of(
                // http://www.wz.gov.cn/bmjz_89642/bm/scjdglj/zwgk_94944/zfxxgkml/jczwgk_150472/spyp_150473/xzcf_236711/202401/t20240111_12811239.html
                // 重庆市万州区市场监督管理局行政处罚决定书 渝万州市监处字〔2023〕497号 (Wanzhou market
                // regulation bureau, administrative penalty decision): 当事人 重庆妙帅食品有限公司
                Arguments.of("91500101MAABXQBG7Q", "重庆妙帅食品有限公司"),
                // http://www.cqlp.gov.cn/sthjj/zwgk_29334/fdzdgknr_29336/cfqz/jggk/202601/t20260119_15333280.html
                // 重庆市梁平区生态环境局行政处罚决定书 梁环罚〔2026〕3号 (Liangping ecology and
                // environment bureau, penalty decision): 当事人 重庆凤强建材有限公司 (building materials)
                Arguments.of("91500228MA60XFW887", "重庆凤强建材有限公司"),
                // http://ws.cq.gov.cn/bm/hbj/zwgk_70287/fdzdgknr_70290/cfqz_185456/bljg/202601/t20260130_15368549.html
                // 重庆市万盛经开区生态环境局行政处罚决定书 万盛经开环罚〔2026〕3号 (Wansheng ecology and
                // environment bureau, penalty decision): 重庆恒嘉再生资源综合利用有限公司 (recycling)
                Arguments.of("91500110MAACATRW37", "重庆恒嘉再生资源综合利用有限公司"),
                // http://www.rongchang.gov.cn/bm/qsthjj/zwgk_70831/fdzdgknr_70834/xzcfqz_/bljg/202601/t20260121_15342884.html
                // 重庆市荣昌区生态环境局不予行政处罚决定书 荣环不罚〔2026〕1号 (Rongchang ecology and
                // environment bureau, decision not to penalise): 重庆孙氏金属表面处理有限公司 (electroplating)
                Arguments.of("91500108305010074A", "重庆孙氏金属表面处理有限公司"),
                // http://www.cqqj.gov.cn/bm/qsthjj/zwgk_58420/fdzdgknr_58422/cfqz/bljg/202512/t20251203_15208773.html
                // 重庆市綦江区生态环境局行政处罚决定书 綦环罚〔2025〕46号 (Qijiang ecology and
                // environment bureau, penalty decision): 重庆市綦江区建新建筑劳务有限公司
                Arguments.of("91500222795868304N", "重庆市綦江区建新建筑劳务有限公司"),
                // https://www.beibei.gov.cn/ztlm_239/fzzfjs/zfjd/202509/t20250930_15058241.html
                // 北碚区 environmental penalty decision published under 法治政府建设: 被处罚单位
                // 三雷(重庆)汽车零部件有限公司 (automotive plastic parts)
                Arguments.of("91500109MAD84FQW8X", "三雷(重庆)汽车零部件有限公司"),
                // http://www.jiangjin.gov.cn/bm/qsthjj_69011/zwgk_81474/fdzdgknr_81476/cfqz2/bljg/202503/t20250328_14460683.html
                // 重庆市江津区生态环境局不予行政处罚决定书 津环不罚〔2025〕005号 (Jiangjin ecology and
                // environment bureau): 重庆卓顺汽车配件有限公司 (electrophoretic coating of car parts)
                Arguments.of("91500116345994792T", "重庆卓顺汽车配件有限公司"),
                // http://www.cqqj.gov.cn/bm/qsthjj/zwgk_58420/fdzdgknr_58422/cfqz/hjwf/202601/t20260126_15352723.html
                // 重庆市綦江区生态环境局责令改正违法行为决定书 綦环改〔2026〕3号 (order to correct):
                // 遵义高原建筑工程有限公司重庆分公司 (a branch office)
                Arguments.of("91500222MA5UQ7RR7W", "遵义高原建筑工程有限公司重庆分公司"),
                // https://www.hc.gov.cn/bmjd/bm_100475/sthjj/zwgk_101315/fdzdgknr_101317/cfqz/bljg/202511/t20251119_15174530.html
                // 重庆市合川区生态环境局行政处罚决定书 合环罚〔2025〕62号: 江津区永合胜劳务服务部,
                // 类型 个体工商户 (individual business: authority 9, category 2)
                Arguments.of("92500116MAC5NWKJ9N", "江津区永合胜劳务服务部"),
                // http://www.rongchang.gov.cn/bm/qtjj/zwgk_70831/fdzdgknr_70834/lzyj_70835/zcwj/qtgw_70838/202006/t20200624_7612715.html
                // 索引号 11500226753092798P/2020-00045 of 重庆市荣昌区统计局 (Rongchang statistics bureau,
                // a government organ: authority 1 机构编制, category 1 机关); its positions 3-8 are
                // 500226, the code of 荣昌县 before it became 荣昌区
                Arguments.of("11500226753092798P", "重庆市荣昌区统计局"),
                // http://scjgj.cq.gov.cn/zz/ddkq/zwgk/gsgg_146794/202208/t20220801_10967671.html
                // 索引号 11500000MB1632480W/2022-00049 of 重庆市大渡口区市场监督管理局
                Arguments.of("11500000MB1632480W", "重庆市大渡口区市场监督管理局"));
    }

    @ParameterizedTest(name = "{1} {0}")
    @MethodSource("realPublishedCodes")
    void realPublishedCodesAreValid(String code, String organisation) {
        CreditCode parsed = CreditCode.of(code);
        assertEquals(code, parsed.toString(), organisation);
        assertEquals(code.charAt(17), CreditCode.checkCharacterFor(code.substring(0, 17)), organisation);
        assertEquals(code.charAt(17), oracleCheck(code.substring(0, 17)), organisation);
        assertTrue(CreditCode.isValid(code), organisation);
        assertTrue(parsed.divisionCode().isWithin(DivisionCode.of("500000")), organisation);
    }

    @Test
    void accessorsSplitTheCodeIntoItsParts() {
        CreditCode code = CreditCode.of("91500101MAABXQBG7Q");
        assertEquals('9', code.registrationAuthority());
        assertEquals('1', code.organisationCategory());
        assertEquals(DivisionCode.of("500101"), code.divisionCode());
        assertEquals("MAABXQBG7", code.subjectIdentifier());
        assertEquals('Q', code.checkCharacter());

        CreditCode individual = CreditCode.of("92500116MAC5NWKJ9N");
        assertEquals('9', individual.registrationAuthority());
        assertEquals('2', individual.organisationCategory());
    }

    @Test
    void historicalDivisionInPositions3To8IsAccepted() {
        // 500226 was 荣昌县; the county became 荣昌区 with a new code, but issued credit codes keep it
        CreditCode code = CreditCode.of("11500226753092798P");
        assertEquals("500226", code.divisionCode().toString());
        assertEquals('1', code.registrationAuthority());
    }

    @Test
    void workedExampleOfTheStandardGivesCheckCharacter3() {
        // GB 32100-2015 worked example, as reproduced at https://www.yc00.com/web/1713075042a2177900.html:
        // weighted sum 1640, 1640 mod 31 = 28, 31 - 28 = 3
        assertEquals('3', CreditCode.checkCharacterFor("91350100M000100Y4"));
        assertEquals("91350100M000100Y43", CreditCode.of("91350100M000100Y43").toString());
        InvalidCodeException e = assertThrows(InvalidCodeException.class,
                () -> CreditCode.of("91350100M000100Y4Z"));
        assertEquals("check character should be '3' but is 'Z' (position 18)", e.reason());
    }

    @Test
    void weightsAreThePowersOf3Mod31GivenInTheStandard() {
        int[] published = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
        for (int i = 0; i < published.length; i++) {
            assertEquals(published[i], BigInteger.valueOf(3).modPow(BigInteger.valueOf(i), BigInteger.valueOf(31))
                    .intValueExact(), "weight of position " + (i + 1));
        }
    }

    @Test
    void checkValue31MeansCharacter0() {
        // find a body whose weighted sum is a multiple of 31: then 31 - 0 = 31 stands for '0'
        String body = "9150010100000000";
        String found = null;
        for (int i = 0; i < ALPHABET.length() && found == null; i++) {
            String candidate = body + ALPHABET.charAt(i);
            if (weightedSum(candidate) % 31 == 0) {
                found = candidate;
            }
        }
        assertTrue(found != null);
        assertEquals('0', CreditCode.checkCharacterFor(found));
        assertEquals(found + "0", CreditCode.of(found + "0").toString());
    }

    @Test
    void earlyPilotCodesThatViolateTheStandardAreRejected() {
        // 福建恒跃柳工机械销售有限公司 91350100M0001TGQXM, cited in the public repository aarioai/id-rule
        // (chinese_org_id.go) as a code issued before the standard whose check character should be 1
        InvalidCodeException e = assertThrows(InvalidCodeException.class,
                () -> CreditCode.of("91350100M0001TGQXM"));
        assertEquals("check character should be '1' but is 'M' (position 18)", e.reason());
    }

    @Test
    void wrongCheckCharacterIsRejectedNamingTheExpectedCharacter() {
        InvalidCodeException e = assertThrows(InvalidCodeException.class,
                () -> CreditCode.of("91500101MAABXQBG7X"));
        assertEquals(CreditCode.CODE_TYPE, e.codeType());
        assertEquals("91500101MAABXQBG7X", e.value());
        assertEquals("check character should be 'Q' but is 'X' (position 18)", e.reason());
        assertEquals("invalid 统一社会信用代码 unified social credit code \"91500101MAABXQBG7X\": "
                + "check character should be 'Q' but is 'X' (position 18)", e.getMessage());
        assertFalse(CreditCode.isValid("91500101MAABXQBG7X"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "9", "91500101MAABXQBG7", "91500101MAABXQBG7QQ", "91500101MAABXQBG7Q91500101MAABXQBG7Q"})
    void wrongLengthIsRejected(String text) {
        InvalidCodeException e = assertThrows(InvalidCodeException.class, () -> CreditCode.parse(text));
        assertEquals("18 characters from 0-9 and A-Z without I, O, S, V, Z, but has " + text.length()
                + " characters", e.reason());
        assertFalse(CreditCode.isValid(text));
    }

    @ParameterizedTest
    @ValueSource(chars = {'I', 'O', 'S', 'V', 'Z'})
    void forbiddenLettersAreRejectedWithTheirPosition(char letter) {
        String body = "91500101" + letter + "AABXQBG7";
        String code = body + "Q";
        InvalidCodeException e = assertThrows(InvalidCodeException.class, () -> CreditCode.of(code));
        assertEquals("18 characters from 0-9 and A-Z without I, O, S, V, Z, but position 9 is '" + letter
                + "', a letter that is never used", e.reason());
        assertThrows(InvalidCodeException.class, () -> CreditCode.checkCharacterFor(body));
        // lower case is mapped with Locale.ROOT (never to a dotted İ), then rejected the same way
        InvalidCodeException lower = assertThrows(InvalidCodeException.class,
                () -> CreditCode.parse(code.toLowerCase(Locale.ROOT)));
        assertTrue(lower.reason().contains("position 9 is '" + letter + "'"), lower.reason());
    }

    @Test
    void otherCharactersAreRejectedWithTheirPosition() {
        InvalidCodeException e = assertThrows(InvalidCodeException.class,
                () -> CreditCode.of("9150010-MAABXQBG7Q"));
        assertEquals("18 characters from 0-9 and A-Z without I, O, S, V, Z, but position 8 is '-'", e.reason());
        InvalidCodeException tab = assertThrows(InvalidCodeException.class,
                () -> CreditCode.of("91500101MAABX\tBG7Q"));
        assertTrue(tab.reason().endsWith("position 14 is U+0009"), tab.reason());
        assertTrue(tab.getMessage().contains("\"91500101MAABX\\u0009BG7Q\""), tab.getMessage());
        InvalidCodeException fullWidth = assertThrows(InvalidCodeException.class,
                () -> CreditCode.parse("９1500101MAABXQBG7Q"));
        assertTrue(fullWidth.reason().endsWith("position 1 is '９'"), fullWidth.reason());
    }

    @Test
    void positions3To8MustBeAValidDivisionCode() {
        String letterBody = "915A0101MAABXQBG7";
        InvalidCodeException letter = assertThrows(InvalidCodeException.class,
                () -> CreditCode.of(letterBody + CreditCode.checkCharacterFor(letterBody)));
        assertEquals("positions 3-8 (登记管理机关行政区划码 division code of the registering authority)"
                + " should be digits 0-9, but position 4 is 'A'", letter.reason());

        String unknownBody = "91990101MAABXQBG7";
        InvalidCodeException unknown = assertThrows(InvalidCodeException.class,
                () -> CreditCode.of(unknownBody + CreditCode.checkCharacterFor(unknownBody)));
        assertTrue(unknown.reason().contains("'990101' is not a 行政区划代码 administrative division code"),
                unknown.reason());
        assertTrue(unknown.reason().contains("but are '99'"), unknown.reason());
    }

    @Test
    void parseTrimsWhitespaceAndAcceptsLowerCaseButOfDoesNot() {
        CreditCode expected = CreditCode.of("91500101MAABXQBG7Q");
        assertEquals(expected, CreditCode.parse("  91500101MAABXQBG7Q\n"));
        assertEquals(expected, CreditCode.parse("\u300091500101maabxqbg7q\u3000"));
        assertEquals("91500101MAABXQBG7Q", CreditCode.parse("91500101maabxqbg7q").toString());
        assertTrue(CreditCode.isValid(" 91500101maabxqbg7q "));

        InvalidCodeException spaced = assertThrows(InvalidCodeException.class,
                () -> CreditCode.of(" 91500101MAABXQBG7Q"));
        assertTrue(spaced.reason().contains("but has 19 characters"), spaced.reason());
        InvalidCodeException lower = assertThrows(InvalidCodeException.class,
                () -> CreditCode.of("91500101maabxqbg7q"));
        assertEquals("18 characters from 0-9 and A-Z without I, O, S, V, Z, but position 9 is 'm',"
                + " a lower-case letter (canonical codes are upper case)", lower.reason());
        InvalidCodeException given = assertThrows(InvalidCodeException.class,
                () -> CreditCode.parse(" 91500101MAABXQBG7X "));
        assertEquals(" 91500101MAABXQBG7X ", given.value());
    }

    @Test
    void nullArgumentsAreRejectedNamingTheParameter() {
        assertEquals("code", assertThrows(NullPointerException.class, () -> CreditCode.of(null)).getMessage());
        assertEquals("text", assertThrows(NullPointerException.class, () -> CreditCode.parse(null)).getMessage());
        assertEquals("text", assertThrows(NullPointerException.class, () -> CreditCode.isValid(null)).getMessage());
        assertEquals("body", assertThrows(NullPointerException.class,
                () -> CreditCode.checkCharacterFor(null)).getMessage());
        CreditCode code = CreditCode.of("91500101MAABXQBG7Q");
        assertEquals("other", assertThrows(NullPointerException.class, () -> code.compareTo(null)).getMessage());
        assertEquals("reason", assertThrows(NullPointerException.class,
                () -> new InvalidCodeException("t", "v", null)).getMessage());
        assertEquals("codeType", assertThrows(NullPointerException.class,
                () -> new InvalidCodeException(null, "v", "r")).getMessage());
        assertEquals("value", assertThrows(NullPointerException.class,
                () -> new InvalidCodeException("t", null, "r")).getMessage());
    }

    @Test
    void checkCharacterForRejectsBadBodies() {
        InvalidCodeException shortBody = assertThrows(InvalidCodeException.class,
                () -> CreditCode.checkCharacterFor("9150010"));
        assertEquals("17 characters (positions 1-17) from 0-9 and A-Z without I, O, S, V, Z, but has 7 characters",
                shortBody.reason());
        InvalidCodeException lower = assertThrows(InvalidCodeException.class,
                () -> CreditCode.checkCharacterFor("91500101maabxqbg7"));
        assertTrue(lower.reason().contains("position 9 is 'm'"), lower.reason());
    }

    @Test
    void equalsHashCodeAndOrderFollowTheCode() {
        CreditCode a = CreditCode.of("91500101MAABXQBG7Q");
        CreditCode b = CreditCode.parse("91500101maabxqbg7q");
        CreditCode c = CreditCode.of("91500228MA60XFW887");
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertNotEquals(a, c);
        assertFalse(a.equals(null));
        assertFalse(a.equals("91500101MAABXQBG7Q"));
        assertEquals(0, a.compareTo(b));
        assertTrue(a.compareTo(c) < 0);
        assertTrue(c.compareTo(a) > 0);
        List<CreditCode> sorted = realPublishedCodes()
                .map(args -> CreditCode.of((String) args.get()[0]))
                .sorted()
                .collect(Collectors.toList());
        List<String> expected = realPublishedCodes()
                .map(args -> (String) args.get()[0])
                .sorted()
                .collect(Collectors.toList());
        assertEquals(expected, sorted.stream().map(CreditCode::toString).collect(Collectors.toList()));
    }

    @Test
    void messageShortensVeryLongValues() {
        String longText = "9".repeat(500);
        InvalidCodeException e = assertThrows(InvalidCodeException.class, () -> CreditCode.parse(longText));
        assertEquals(longText, e.value());
        assertTrue(e.getMessage().contains("... (500 characters)"), e.getMessage());
        assertTrue(e.getMessage().length() < 250, e.getMessage());
    }

    /** Random 17-character bodies whose positions 3-8 are a valid division code. */
    private static Gen<String> bodies() {
        Gen<Character> codeChar = integers().between(0, ALPHABET.length() - 1).map(ALPHABET::charAt);
        Gen<String> subject = lists().of(codeChar).ofSize(9)
                .map(chars -> chars.stream().map(String::valueOf).collect(Collectors.joining()));
        Gen<String> province = Generate.pick(PROVINCES);
        Gen<Integer> rest = integers().between(0, 9999);
        return codeChar.zip(codeChar, province, rest, subject,
                (authority, category, p, r, s) -> "" + authority + category + p
                        + String.format(Locale.ROOT, "%04d", r) + s);
    }

    @Test
    void computedCheckCharacterMakesAValidCodeAndEveryOtherCheckCharacterAnInvalidOne() {
        qt().forAll(bodies(), integers().between(1, ALPHABET.length() - 1))
                .checkAssert((body, shift) -> {
                    char check = CreditCode.checkCharacterFor(body);
                    assertEquals(oracleCheck(body), check);
                    CreditCode code = CreditCode.of(body + check);
                    assertEquals(body + check, code.toString());
                    assertEquals(check, code.checkCharacter());

                    char wrong = ALPHABET.charAt((ALPHABET.indexOf(check) + shift) % ALPHABET.length());
                    InvalidCodeException e = assertThrows(InvalidCodeException.class,
                            () -> CreditCode.of(body + wrong));
                    assertEquals("check character should be '" + check + "' but is '" + wrong
                            + "' (position 18)", e.reason());
                    assertFalse(CreditCode.isValid(body + wrong));
                });
    }

    @Test
    void everySingleCharacterChangeInTheBodyIsDetected() {
        qt().forAll(bodies(), integers().between(0, 16), integers().between(1, ALPHABET.length() - 1))
                .checkAssert((body, position, shift) -> {
                    String valid = body + CreditCode.checkCharacterFor(body);
                    char original = valid.charAt(position);
                    char replacement = ALPHABET.charAt((ALPHABET.indexOf(original) + shift) % ALPHABET.length());
                    StringBuilder changed = new StringBuilder(valid);
                    changed.setCharAt(position, replacement);
                    assertFalse(CreditCode.isValid(changed.toString()), changed.toString());
                });
    }

    @Test
    void allThirtyOneCheckCharactersOccur() {
        List<Character> seen = new ArrayList<>();
        String prefix = "91500101MAABXQBG";
        for (int i = 0; i < ALPHABET.length(); i++) {
            char check = CreditCode.checkCharacterFor(prefix + ALPHABET.charAt(i));
            if (!seen.contains(check)) {
                seen.add(check);
            }
        }
        // the last weight (28) is invertible mod 31, so varying position 17 hits every check value
        assertEquals(ALPHABET.length(), seen.size());
    }

    /** Independent implementation of the GB 32100-2015 check, used as a test oracle. */
    private static char oracleCheck(String body) {
        int value = 31 - weightedSum(body) % 31;
        return ALPHABET.charAt(value == 31 ? 0 : value);
    }

    private static int weightedSum(String body) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int weight = BigInteger.valueOf(3).modPow(BigInteger.valueOf(i), BigInteger.valueOf(31)).intValueExact();
            sum += ALPHABET.indexOf(body.charAt(i)) * weight;
        }
        return sum;
    }
}
