package org.phaseout.capacity;

import java.util.Objects;

/**
 * A six-digit administrative division code (行政区划代码) of the People's Republic of China per
 * GB/T 2260, such as {@code 500000} 重庆市 (Chongqing) or {@code 500101} 万州区 (Wanzhou District).
 *
 * <p>The code has three levels of two digits each (GB/T 2260-2007 clause 3.2): digits 1–2 the
 * province-level division (省级, 省、自治区、直辖市、特别行政区), digits 3–4 the prefecture-level
 * division (地级, 市、地区、自治州、盟), digits 5–6 the county-level division (县级, 县、市辖区、县级市、旗).
 * A code ending in {@code 0000} denotes a whole province-level division; one ending in {@code 00} a
 * whole prefecture-level division.
 *
 * <p>Only the format is checked: exactly six ASCII digits whose first two are one of the
 * province-level codes 11–15, 21–23, 31–37, 41–46, 50–54, 61–65, 71, 81 and 82. Whether the
 * remaining digits name a division that exists today is <em>not</em> checked, because codes of
 * divisions that were abolished or renumbered remain in use in older records (for example in the
 * positions 3–8 of a {@link CreditCode}, which never change once issued).
 *
 * <p>Sources for the province-level list and the structure: GB/T 2260-2007 中华人民共和国行政区划代码
 * clauses 1–3 as reproduced by 广东省卫生健康委 at
 * {@code http://gdhealth.net.cn/html/2016/tongjibiaozhun_0830/3437.html}; the National Bureau of
 * Statistics list 县及县以上行政区划代码 published on the central government portal at
 * {@code http://www.gov.cn/test/2011-08/22/content_1930111.htm}; and the 34 province-level entries
 * {@code 110000}–{@code 820000} (北京市 … 澳门特别行政区) listed in the division table at
 * {@code http://1.15.4.62/blame/~chenshaoxiong%2Ftreatment_room_screen.git/master-stander-jiayan/src%2Futils%2Fdistricts.js}.
 *
 * <p>Instances are obtained with {@link #of(String)} (canonical text only) or {@link #parse(String)}
 * (also accepts surrounding whitespace). Two codes are equal when their six digits are equal; they
 * are ordered by their digits.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DivisionCode implements Comparable<DivisionCode> {

    /** The kind of code, for {@link InvalidCodeException#codeType()}. */
    static final String CODE_TYPE = "行政区划代码 administrative division code";

    /** The valid province-level prefixes, as text for messages. */
    private static final String PROVINCES_TEXT = "11-15, 21-23, 31-37, 41-46, 50-54, 61-65, 71, 81, 82";

    /** Inclusive ranges of valid province-level prefixes, as pairs of (first, last). */
    private static final int[] PROVINCE_RANGES = {
        11, 15, // 北京 天津 河北 山西 内蒙古
        21, 23, // 辽宁 吉林 黑龙江
        31, 37, // 上海 江苏 浙江 安徽 福建 江西 山东
        41, 46, // 河南 湖北 湖南 广东 广西 海南
        50, 54, // 重庆 四川 贵州 云南 西藏
        61, 65, // 陕西 甘肃 青海 宁夏 新疆
        71, 71, // 台湾
        81, 82, // 香港 澳门
    };

    /** The six digits; never null. */
    private final String code;

    private DivisionCode(String code) {
        this.code = code;
    }

    /**
     * Obtains a division code (行政区划代码) from its canonical text: exactly six ASCII digits, no
     * whitespace, whose first two digits are a province-level code.
     *
     * @param code the six digits, e.g. {@code "500101"}; not null
     * @return the division code; never null
     * @throws NullPointerException if {@code code} is null; the message names the parameter
     * @throws InvalidCodeException if {@code code} is not six ASCII digits or its first two digits
     *     are not a province-level code
     */
    public static DivisionCode of(String code) {
        Objects.requireNonNull(code, "code");
        return validate(code, code);
    }

    /**
     * Parses a division code (行政区划代码), ignoring leading and trailing whitespace as defined by
     * {@link Character#isWhitespace(int)} (which includes the ideographic space U+3000). Otherwise
     * the same as {@link #of(String)}.
     *
     * @param text the text to parse, e.g. {@code " 500101 "}; not null
     * @return the division code; never null
     * @throws NullPointerException if {@code text} is null; the message names the parameter
     * @throws InvalidCodeException if the stripped text is not six ASCII digits or its first two
     *     digits are not a province-level code; {@link InvalidCodeException#value()} is
     *     {@code text} as given
     */
    public static DivisionCode parse(String text) {
        Objects.requireNonNull(text, "text");
        return validate(text.strip(), text);
    }

    /**
     * Validates {@code code} and creates the instance.
     *
     * @param code the candidate canonical text
     * @param given the input as given, for the exception
     */
    private static DivisionCode validate(String code, String given) {
        String problem = problem(code);
        if (problem != null) {
            throw new InvalidCodeException(CODE_TYPE, given, problem);
        }
        return new DivisionCode(code);
    }

    /**
     * Returns why {@code code} is not a canonical division code, or null if it is one. Shared
     * with {@link CreditCode}, which checks its positions 3–8 with it.
     *
     * @param code the candidate; not null
     * @return the reason in English, or null if valid
     */
    static String problem(String code) {
        if (code.length() != 6) {
            return "6 ASCII digits 0-9, but has " + code.length() + " characters";
        }
        for (int i = 0; i < 6; i++) {
            char c = code.charAt(i);
            if (c < '0' || c > '9') {
                return "6 ASCII digits 0-9, but position " + (i + 1) + " is "
                        + InvalidCodeException.charText(c);
            }
        }
        int province = (code.charAt(0) - '0') * 10 + (code.charAt(1) - '0');
        if (!isProvince(province)) {
            return "first two digits should be a province-level code (" + PROVINCES_TEXT
                    + ") but are '" + code.substring(0, 2) + "'";
        }
        return null;
    }

    private static boolean isProvince(int prefix) {
        for (int i = 0; i < PROVINCE_RANGES.length; i += 2) {
            if (prefix >= PROVINCE_RANGES[i] && prefix <= PROVINCE_RANGES[i + 1]) {
                return true;
            }
        }
        return false;
    }

    /**
     * Returns the province-level code (省级代码): the first two digits, e.g. {@code "50"} for
     * Chongqing (重庆市).
     *
     * @return two ASCII digits; never null
     */
    public String provinceCode() {
        return code.substring(0, 2);
    }

    /**
     * Returns the prefecture-level prefix (地级代码): the first four digits, e.g. {@code "5001"} for
     * {@code 500101}. For a province-level code such as {@code 500000} this is {@code "5000"}.
     *
     * @return four ASCII digits; never null
     */
    public String prefectureCode() {
        return code.substring(0, 4);
    }

    /**
     * Tells whether this code denotes a whole province-level division (省级行政区): its last four
     * digits are {@code 0000}, e.g. {@code 500000} 重庆市.
     *
     * @return true if this code ends in {@code "0000"}
     */
    public boolean isProvinceLevel() {
        return code.endsWith("0000");
    }

    /**
     * Tells whether this division lies within (隶属于) {@code other} in the GB/T 2260 hierarchy.
     * A province-level code ({@code xx0000}) contains every code with the same first two digits;
     * a prefecture-level code ({@code xxyy00}, not {@code xx0000}) contains every code with the
     * same first four digits; any other code contains only itself. Every code is within itself.
     *
     * <p>Examples: {@code 500101} is within {@code 500000} and within {@code 500100};
     * {@code 500000} is not within {@code 500101}.
     *
     * @param other the possibly containing division; not null
     * @return true if this division equals or lies within {@code other}
     * @throws NullPointerException if {@code other} is null; the message names the parameter
     */
    public boolean isWithin(DivisionCode other) {
        Objects.requireNonNull(other, "other");
        if (other.isProvinceLevel()) {
            return code.startsWith(other.code.substring(0, 2));
        }
        if (other.code.endsWith("00")) {
            return code.startsWith(other.code.substring(0, 4));
        }
        return code.equals(other.code);
    }

    /**
     * Compares the codes (比较) by their six digits, so that a division sorts directly after the
     * divisions containing it.
     *
     * @param other the code to compare with; not null
     * @return negative, zero or positive as this code sorts before, with or after {@code other}
     * @throws NullPointerException if {@code other} is null; the message names the parameter
     */
    @Override
    public int compareTo(DivisionCode other) {
        Objects.requireNonNull(other, "other");
        return code.compareTo(other.code);
    }

    /**
     * Tells whether {@code obj} is a division code (行政区划代码) with the same six digits.
     *
     * @param obj the object to compare with; may be null (then the result is false)
     * @return true if equal
     */
    @Override
    public boolean equals(Object obj) {
        return obj instanceof DivisionCode && code.equals(((DivisionCode) obj).code);
    }

    /**
     * Returns a hash code (散列码) derived from the six digits only.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return code.hashCode();
    }

    /**
     * Returns the canonical code (规范代码): the six digits, e.g. {@code "500101"}.
     *
     * @return the code; never null
     */
    @Override
    public String toString() {
        return code;
    }
}
