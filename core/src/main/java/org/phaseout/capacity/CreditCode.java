package org.phaseout.capacity;

import java.util.Locale;
import java.util.Objects;

/**
 * A unified social credit code (统一社会信用代码) of a legal person or other organisation per
 * GB 32100-2015 法人和其他组织统一社会信用代码编码规则, such as {@code 91500101MAABXQBG7Q}.
 *
 * <p>The code has 18 characters from the 31-character set {@code 0123456789ABCDEFGHJKLMNPQRTUWXY}
 * (the letters I, O, S, V and Z are never used); the value of a character is its index in that
 * string ({@code 0}=0 … {@code 9}=9, {@code A}=10 … {@code Y}=30). The positions are:
 *
 * <table>
 * <caption>Structure of a unified social credit code</caption>
 * <tr><th>Positions</th><th>Part</th><th>Accessor</th></tr>
 * <tr><td>1</td><td>登记管理部门代码 registration authority (e.g. 1 机构编制, 5 民政, 9 工商)</td>
 *     <td>{@link #registrationAuthority()}</td></tr>
 * <tr><td>2</td><td>机构类别代码 organisation category (e.g. 1 企业 under 9 工商)</td>
 *     <td>{@link #organisationCategory()}</td></tr>
 * <tr><td>3–8</td><td>登记管理机关行政区划码 division code of the registering authority (GB/T 2260)</td>
 *     <td>{@link #divisionCode()}</td></tr>
 * <tr><td>9–17</td><td>主体标识码（组织机构代码）subject identifier (organisation code, GB 11714)</td>
 *     <td>{@link #subjectIdentifier()}</td></tr>
 * <tr><td>18</td><td>校验码 check character</td><td>{@link #checkCharacter()}</td></tr>
 * </table>
 *
 * <p><b>Check character.</b> With C<sub>i</sub> the value of the character at position i and the
 * weight W<sub>i</sub> = 3<sup>i−1</sup> mod 31, i.e. 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8,
 * 24, 10, 30, 28 for positions 1–17, the value of the check character is
 * C<sub>18</sub> = 31 − (Σ<sub>i=1..17</sub> C<sub>i</sub>·W<sub>i</sub> mod 31), where a result of 31
 * stands for 0. The standard's worked example: the first 17 characters {@code 91350100M000100Y4}
 * give the weighted sum 1640, 1640 mod 31 = 28, 31 − 28 = 3, so the check character is {@code 3}.
 * Sources: GB 32100-2015 (published by SAC at
 * {@code http://www.gb688.cn/bzgk/gb/newGbInfo?hcno=24691C25985C1073D3A7C85629378AC0}) clause on the
 * check character, reproduced with the formula, the weight table, the character table and the
 * worked example at {@code https://www.yc00.com/web/1713075042a2177900.html} and
 * {@code https://renrendoc.com/p-47802332.html} ("统一社会信用代码唯一性校验规则"); the same weights
 * and character set are used by Hutool's {@code cn.hutool.core.util.CreditCodeUtil}.
 *
 * <p>Some codes issued by early pilot regions before the standard took effect do not satisfy the
 * check (for example certain Fujian codes beginning {@code 91350100M000}, as noted in the public
 * repository aarioai/id-rule, {@code chinese_org_id.go}); this class rejects them, because they are
 * not valid under GB 32100-2015.
 *
 * <p><b>What is checked.</b> The character set, the length, that positions 3–8 are a
 * {@link DivisionCode} in format (six digits with a province-level prefix; whether that division
 * still exists is deliberately not checked, since a credit code never changes after the registering
 * authority's division is abolished or renumbered), and the check character. Positions 1 and 2 are
 * not restricted to the departments and categories listed today, because registration authorities
 * may be added.
 *
 * <p>Instances are obtained with {@link #of(String)} (canonical text only) or {@link #parse(String)}
 * (also accepts surrounding whitespace and lower-case letters). Two codes are equal when their 18
 * characters are equal; they are ordered by their text.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CreditCode implements Comparable<CreditCode> {

    /** The kind of code, for {@link InvalidCodeException#codeType()}. */
    static final String CODE_TYPE = "统一社会信用代码 unified social credit code";

    /** The 31 code characters; a character's value is its index. */
    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    /** Letters that GB 32100-2015 never uses. */
    private static final String FORBIDDEN = "IOSVZ";

    private static final String CHARSET_TEXT = "0-9 and A-Z without I, O, S, V, Z";

    private static final int LENGTH = 18;

    private static final int MODULUS = 31;

    /** W_i = 3^(i-1) mod 31 for positions 1..17. */
    private static final int[] WEIGHTS = new int[LENGTH - 1];

    static {
        int w = 1;
        for (int i = 0; i < WEIGHTS.length; i++) {
            WEIGHTS[i] = w;
            w = w * 3 % MODULUS;
        }
    }

    private static final String DIVISION_PART = "positions 3-8 (登记管理机关行政区划码 division code of the"
            + " registering authority)";

    /** The 18 characters; never null. */
    private final String code;

    /** Positions 3-8; never null. */
    private final DivisionCode divisionCode;

    private CreditCode(String code, DivisionCode divisionCode) {
        this.code = code;
        this.divisionCode = divisionCode;
    }

    /**
     * Obtains a credit code (统一社会信用代码) from its canonical text: exactly 18 characters from
     * {@code 0-9} and upper-case {@code A-Z} without I, O, S, V, Z, no whitespace, with positions 3–8
     * a division code and a correct check character.
     *
     * @param code the 18 characters, e.g. {@code "91500101MAABXQBG7Q"}; not null
     * @return the credit code; never null
     * @throws NullPointerException if {@code code} is null; the message names the parameter
     * @throws InvalidCodeException if {@code code} is not a valid credit code in canonical form; the
     *     reason names the offending position, or the expected check character
     */
    public static CreditCode of(String code) {
        Objects.requireNonNull(code, "code");
        return validate(code, code);
    }

    /**
     * Parses a credit code (统一社会信用代码) leniently. Leading and trailing whitespace as defined by
     * {@link Character#isWhitespace(int)} (which includes the ideographic space U+3000) is ignored,
     * and lower-case ASCII letters are upper-cased with {@link Locale#ROOT}, so that for example
     * {@code " 91500101maabxqbg7q "} is accepted; case mapping never depends on the default locale.
     * Any other deviation is rejected as by {@link #of(String)}.
     *
     * @param text the text to parse; not null
     * @return the credit code; never null
     * @throws NullPointerException if {@code text} is null; the message names the parameter
     * @throws InvalidCodeException if the text is not a valid credit code after stripping and
     *     upper-casing; {@link InvalidCodeException#value()} is {@code text} as given
     */
    public static CreditCode parse(String text) {
        Objects.requireNonNull(text, "text");
        String s = text.strip();
        if (isAscii(s)) {
            // only ASCII is case-mapped, so the length and every position stay as given
            s = s.toUpperCase(Locale.ROOT);
        }
        return validate(s, text);
    }

    /**
     * Tells whether {@link #parse(String)} would accept {@code text} (是否有效 is valid).
     *
     * @param text the text to test; not null
     * @return true if {@code text} is a valid credit code, allowing surrounding whitespace and lower
     *     case
     * @throws NullPointerException if {@code text} is null; the message names the parameter
     */
    public static boolean isValid(String text) {
        Objects.requireNonNull(text, "text");
        try {
            parse(text);
            return true;
        } catch (InvalidCodeException e) {
            return false;
        }
    }

    /**
     * Computes the check character (校验码) for the first 17 characters of a credit code, by the
     * GB 32100-2015 algorithm described in the class documentation. Only the character set is
     * checked here, not the structure of positions 3–8.
     *
     * @param body the first 17 characters, in canonical upper case, e.g. {@code "91500101MAABXQBG7"};
     *     not null
     * @return the check character, e.g. {@code 'Q'}
     * @throws NullPointerException if {@code body} is null; the message names the parameter
     * @throws InvalidCodeException if {@code body} is not 17 characters from {@code 0-9} and
     *     upper-case {@code A-Z} without I, O, S, V, Z
     */
    public static char checkCharacterFor(String body) {
        Objects.requireNonNull(body, "body");
        if (body.length() != LENGTH - 1) {
            throw new InvalidCodeException(CODE_TYPE, body, "17 characters (positions 1-17) from "
                    + CHARSET_TEXT + ", but has " + body.length() + " characters");
        }
        for (int i = 0; i < body.length(); i++) {
            String problem = characterProblem(body.charAt(i), i + 1);
            if (problem != null) {
                throw new InvalidCodeException(CODE_TYPE, body, "17 characters (positions 1-17) from "
                        + CHARSET_TEXT + ", but " + problem);
            }
        }
        return computeCheck(body);
    }

    /**
     * Validates a candidate canonical text.
     *
     * @param s the candidate (already stripped and case-mapped if lenient)
     * @param given the input as given, for the exception
     */
    private static CreditCode validate(String s, String given) {
        if (s.length() != LENGTH) {
            throw new InvalidCodeException(CODE_TYPE, given, "18 characters from " + CHARSET_TEXT
                    + ", but has " + s.length() + " characters");
        }
        // position 18 is compared with the computed check character below, so that the reason
        // names the expected character even if the given one is not a code character at all
        for (int i = 0; i < LENGTH - 1; i++) {
            String problem = characterProblem(s.charAt(i), i + 1);
            if (problem != null) {
                throw new InvalidCodeException(CODE_TYPE, given,
                        "18 characters from " + CHARSET_TEXT + ", but " + problem);
            }
        }
        for (int i = 2; i < 8; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                throw new InvalidCodeException(CODE_TYPE, given, DIVISION_PART
                        + " should be digits 0-9, but position " + (i + 1) + " is "
                        + InvalidCodeException.charText(c));
            }
        }
        String divisionText = s.substring(2, 8);
        String divisionProblem = DivisionCode.problem(divisionText);
        if (divisionProblem != null) {
            throw new InvalidCodeException(CODE_TYPE, given, DIVISION_PART + " '" + divisionText
                    + "' is not a 行政区划代码 administrative division code: " + divisionProblem);
        }
        char expected = computeCheck(s);
        char actual = s.charAt(LENGTH - 1);
        if (expected != actual) {
            throw new InvalidCodeException(CODE_TYPE, given, "check character should be '" + expected
                    + "' but is " + InvalidCodeException.charText(actual) + " (position 18)");
        }
        return new CreditCode(s, DivisionCode.of(divisionText));
    }

    /**
     * Returns why {@code c} may not stand at a position, or null if it is a code character.
     *
     * @param c the character
     * @param position its 1-based position, for the message
     */
    private static String characterProblem(char c, int position) {
        if (ALPHABET.indexOf(c) >= 0) {
            return null;
        }
        String shown = "position " + position + " is " + InvalidCodeException.charText(c);
        if (FORBIDDEN.indexOf(c) >= 0) {
            return shown + ", a letter that is never used";
        }
        if (c >= 'a' && c <= 'z') {
            return shown + ", a lower-case letter (canonical codes are upper case)";
        }
        return shown;
    }

    /** Computes the check character of the first 17 characters of {@code s}, all code characters. */
    private static char computeCheck(String s) {
        int sum = 0;
        for (int i = 0; i < LENGTH - 1; i++) {
            sum += ALPHABET.indexOf(s.charAt(i)) * WEIGHTS[i];
        }
        int value = MODULUS - sum % MODULUS;
        return ALPHABET.charAt(value == MODULUS ? 0 : value);
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 0x7F) {
                return false;
            }
        }
        return true;
    }

    /**
     * Returns the registration authority code (登记管理部门代码), position 1, e.g. {@code '9'} for
     * 工商 (market regulation), {@code '1'} for 机构编制 (public-sector establishment), {@code '5'} for
     * 民政 (civil affairs).
     *
     * @return a character from {@code 0123456789ABCDEFGHJKLMNPQRTUWXY}
     */
    public char registrationAuthority() {
        return code.charAt(0);
    }

    /**
     * Returns the organisation category code (机构类别代码), position 2, whose meaning depends on the
     * registration authority; e.g. under {@code 9} 工商: {@code '1'} 企业 enterprise, {@code '2'}
     * 个体工商户 individual business, {@code '3'} 农民专业合作社 farmers' cooperative.
     *
     * @return a character from {@code 0123456789ABCDEFGHJKLMNPQRTUWXY}
     */
    public char organisationCategory() {
        return code.charAt(1);
    }

    /**
     * Returns the administrative division code of the registering authority
     * (登记管理机关行政区划码), positions 3–8, e.g. {@code 500101} 万州区. The division may no longer
     * exist; only its format was checked.
     *
     * @return the division code; never null
     */
    public DivisionCode divisionCode() {
        return divisionCode;
    }

    /**
     * Returns the subject identifier (主体标识码, the 组织机构代码 organisation code), positions 9–17,
     * e.g. {@code "MAABXQBG7"}.
     *
     * @return nine characters; never null
     */
    public String subjectIdentifier() {
        return code.substring(8, 17);
    }

    /**
     * Returns the check character (校验码), position 18.
     *
     * @return a character from {@code 0123456789ABCDEFGHJKLMNPQRTUWXY}
     */
    public char checkCharacter() {
        return code.charAt(LENGTH - 1);
    }

    /**
     * Compares the codes (比较) by their 18 characters.
     *
     * @param other the code to compare with; not null
     * @return negative, zero or positive as this code sorts before, with or after {@code other}
     * @throws NullPointerException if {@code other} is null; the message names the parameter
     */
    @Override
    public int compareTo(CreditCode other) {
        Objects.requireNonNull(other, "other");
        return code.compareTo(other.code);
    }

    /**
     * Tells whether {@code obj} is a credit code (统一社会信用代码) with the same 18 characters.
     *
     * @param obj the object to compare with; may be null (then the result is false)
     * @return true if equal
     */
    @Override
    public boolean equals(Object obj) {
        return obj instanceof CreditCode && code.equals(((CreditCode) obj).code);
    }

    /**
     * Returns a hash code (散列码) derived from the 18 characters only.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return code.hashCode();
    }

    /**
     * Returns the canonical code (规范代码): the 18 upper-case characters, e.g.
     * {@code "91500101MAABXQBG7Q"}.
     *
     * @return the code; never null
     */
    @Override
    public String toString() {
        return code;
    }
}
