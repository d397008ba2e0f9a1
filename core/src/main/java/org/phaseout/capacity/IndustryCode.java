package org.phaseout.capacity;

import java.util.Locale;
import java.util.Objects;

/**
 * A code of the Industrial Classification for National Economic Activities (国民经济行业分类) per
 * GB/T 4754-2017, at any of its four levels: a section (门类) letter such as {@code "C"} 制造业
 * (manufacturing), a division (大类) such as {@code "C31"} 黑色金属冶炼和压延加工业 (smelting and
 * pressing of ferrous metals), a group (中类) such as {@code "C301"} 水泥、石灰和石膏制造 (cement, lime
 * and gypsum), or a class (小类) such as {@code "C3110"} 炼铁 (iron making).
 *
 * <p>The canonical form is the section letter followed by the 2-, 3- or 4-digit code, or the
 * section letter alone. The standard numbers the 97 divisions 01–97 across all sections and
 * assigns each section a consecutive range of divisions, so the section of a digit code follows
 * from its first two digits:
 *
 * <table>
 * <caption>Sections (门类) and their divisions (大类)</caption>
 * <tr><th>Section</th><th>Divisions</th><th>Name</th></tr>
 * <tr><td>A</td><td>01–05</td><td>农、林、牧、渔业 agriculture, forestry, animal husbandry, fishery</td></tr>
 * <tr><td>B</td><td>06–12</td><td>采矿业 mining</td></tr>
 * <tr><td>C</td><td>13–43</td><td>制造业 manufacturing</td></tr>
 * <tr><td>D</td><td>44–46</td><td>电力、热力、燃气及水生产和供应业 electricity, heat, gas and water</td></tr>
 * <tr><td>E</td><td>47–50</td><td>建筑业 construction</td></tr>
 * <tr><td>F</td><td>51–52</td><td>批发和零售业 wholesale and retail trade</td></tr>
 * <tr><td>G</td><td>53–60</td><td>交通运输、仓储和邮政业 transport, storage and post</td></tr>
 * <tr><td>H</td><td>61–62</td><td>住宿和餐饮业 accommodation and catering</td></tr>
 * <tr><td>I</td><td>63–65</td><td>信息传输、软件和信息技术服务业 information transmission, software and IT services</td></tr>
 * <tr><td>J</td><td>66–69</td><td>金融业 finance</td></tr>
 * <tr><td>K</td><td>70</td><td>房地产业 real estate</td></tr>
 * <tr><td>L</td><td>71–72</td><td>租赁和商务服务业 leasing and business services</td></tr>
 * <tr><td>M</td><td>73–75</td><td>科学研究和技术服务业 scientific research and technical services</td></tr>
 * <tr><td>N</td><td>76–79</td><td>水利、环境和公共设施管理业 water conservancy, environment and public facilities</td></tr>
 * <tr><td>O</td><td>80–82</td><td>居民服务、修理和其他服务业 resident, repair and other services</td></tr>
 * <tr><td>P</td><td>83</td><td>教育 education</td></tr>
 * <tr><td>Q</td><td>84–85</td><td>卫生和社会工作 health and social work</td></tr>
 * <tr><td>R</td><td>86–90</td><td>文化、体育和娱乐业 culture, sports and entertainment</td></tr>
 * <tr><td>S</td><td>91–96</td><td>公共管理、社会保障和社会组织 public administration, social security and social organisations</td></tr>
 * <tr><td>T</td><td>97</td><td>国际组织 international organisations</td></tr>
 * </table>
 *
 * <p>Sources: the table follows the section notes "本门类包括01～05大类" … "本门类包括91～96大类",
 * "本门类包括97大类" of GB/T 4754-2017 as reproduced in public code (an open-source conversion script
 * labelled "根据国家标准GB/T 4754-2017的固定信息"); the total of 20 sections and 97 divisions is
 * stated by 江苏省统计局 at {@code http://tj.jiangsu.gov.cn/art/2025/1/20/art_85775_11475179.html}
 * ("共包含门类20个,大类97个,中类473个和小类1382个") and the division lists of A–D by
 * {@code http://crsrw.com/qiyezixun/48983.html} ("門類代碼A~T,大類代碼01~97"). Earlier editions
 * (GB/T 4754-2011) ended at division 96 with different S and T ranges; this class implements the
 * 2017 edition only.
 *
 * <p>Only the structure is checked: the section letter, the division range and the agreement of
 * the two. Whether a particular group or class (e.g. {@code C3119}) is actually defined in the
 * standard is not checked.
 *
 * <p>Instances are obtained with {@link #of(String)} (canonical text only) or {@link #parse(String)}
 * (also accepts surrounding whitespace, a lower-case section letter and digits without a section
 * letter). Two codes are equal when their canonical texts are equal; they are ordered by their
 * canonical texts, so that a code sorts directly before the codes within it.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class IndustryCode implements Comparable<IndustryCode> {

    /**
     * The level (层次) of an industry code in the four-level GB/T 4754-2017 hierarchy.
     *
     * <p>This enum is immutable and thread-safe.
     */
    public enum Level {
        /** Section (门类): a letter A–T alone, e.g. {@code C} 制造业. */
        SECTION,
        /** Division (大类): letter and two digits, e.g. {@code C31} 黑色金属冶炼和压延加工业. */
        DIVISION,
        /** Group (中类): letter and three digits, e.g. {@code C301} 水泥、石灰和石膏制造. */
        GROUP,
        /** Class (小类): letter and four digits, e.g. {@code C3110} 炼铁. */
        CLASS
    }

    /** The kind of code, for {@link InvalidCodeException#codeType()}. */
    static final String CODE_TYPE = "国民经济行业分类代码 industrial classification code (GB/T 4754-2017)";

    private static final String FORMAT =
            "a section letter A-T, optionally followed by a 2-, 3- or 4-digit code (e.g. C, C31, C301, C3110)";

    private static final String PARSE_FORMAT = "a section letter A-T, optionally followed by a 2-, 3- or"
            + " 4-digit code, or a 2-, 3- or 4-digit code alone (e.g. C, C31, C3110, 3110)";

    /**
     * Last division of each section A..T; the first division of a section is one more than the
     * last of the previous section (01 for A).
     */
    private static final int[] LAST_DIVISION = {
        5, 12, 43, 46, 50, 52, 60, 62, 65, 69, 70, 72, 75, 79, 82, 83, 85, 90, 96, 97,
    };

    /** Canonical text; never null. */
    private final String code;

    private IndustryCode(String code) {
        this.code = code;
    }

    /**
     * Obtains an industry code (国民经济行业分类代码) from its canonical text: an upper-case section
     * letter A–T alone or followed by 2, 3 or 4 ASCII digits whose first two digits are a division
     * of that section; no whitespace.
     *
     * @param code the canonical text, e.g. {@code "C3110"}; not null
     * @return the industry code; never null
     * @throws NullPointerException if {@code code} is null; the message names the parameter
     * @throws InvalidCodeException if {@code code} is not in canonical form, its division is not one
     *     of 01–97, or the letter is not the section of the division
     */
    public static IndustryCode of(String code) {
        Objects.requireNonNull(code, "code");
        if (code.isEmpty() || !isAsciiLetter(code.charAt(0))) {
            throw new InvalidCodeException(CODE_TYPE, code, FORMAT);
        }
        return validate(code, code);
    }

    /**
     * Parses an industry code (国民经济行业分类代码) leniently. Leading and trailing whitespace as
     * defined by {@link Character#isWhitespace(int)} is ignored, a lower-case ASCII section letter
     * is upper-cased with {@link Locale#ROOT}, and a code of 2, 3 or 4 ASCII digits without a
     * letter gets the section letter of its division, e.g. {@code "3110"} becomes {@code C3110}.
     * Otherwise the same as {@link #of(String)}.
     *
     * @param text the text to parse, e.g. {@code "3110"}, {@code "c31"} or {@code " C3110 "}; not null
     * @return the industry code; never null
     * @throws NullPointerException if {@code text} is null; the message names the parameter
     * @throws InvalidCodeException if the text is not an industry code in one of these forms;
     *     {@link InvalidCodeException#value()} is {@code text} as given
     */
    public static IndustryCode parse(String text) {
        Objects.requireNonNull(text, "text");
        String s = text.strip();
        if (s.isEmpty()) {
            throw new InvalidCodeException(CODE_TYPE, text, PARSE_FORMAT);
        }
        char first = s.charAt(0);
        if (isAsciiLetter(first)) {
            return validate(s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1), text);
        }
        if (isAsciiDigit(first)) {
            String problem = digitsProblem(s, 1);
            if (problem != null) {
                throw new InvalidCodeException(CODE_TYPE, text, problem);
            }
            int division = Integer.parseInt(s.substring(0, 2));
            return new IndustryCode(sectionOf(division) + s);
        }
        throw new InvalidCodeException(CODE_TYPE, text, PARSE_FORMAT);
    }

    /**
     * Validates a code that starts with a letter (any case of the letter already resolved).
     *
     * @param code candidate canonical text, non-empty, starting with an ASCII letter
     * @param given the input as given, for the exception
     */
    private static IndustryCode validate(String code, String given) {
        char section = code.charAt(0);
        if (section < 'A' || section > 'T') {
            throw new InvalidCodeException(CODE_TYPE, given,
                    "section letter should be one of A-T but is " + InvalidCodeException.charText(section));
        }
        if (code.length() == 1) {
            return new IndustryCode(code);
        }
        String digits = code.substring(1);
        String problem = digitsProblem(digits, 2);
        if (problem != null) {
            throw new InvalidCodeException(CODE_TYPE, given, problem);
        }
        int division = Integer.parseInt(digits.substring(0, 2));
        char expected = sectionOf(division);
        if (expected != section) {
            throw new InvalidCodeException(CODE_TYPE, given, "division " + digits.substring(0, 2)
                    + " belongs to section " + expected + ", not " + section);
        }
        return new IndustryCode(code);
    }

    /**
     * Returns why {@code digits} is not a 2-, 3- or 4-digit code with a division 01-97, or null.
     *
     * @param digits the digit part
     * @param firstPosition the 1-based position of the first digit in the code, for messages
     */
    private static String digitsProblem(String digits, int firstPosition) {
        for (int i = 0; i < digits.length(); i++) {
            char c = digits.charAt(i);
            if (!isAsciiDigit(c)) {
                return "ASCII digits 0-9 in the digit part, but position " + (firstPosition + i)
                        + " is " + InvalidCodeException.charText(c);
            }
        }
        if (digits.length() < 2 || digits.length() > 4) {
            return "a code of 2, 3 or 4 digits (大类 division, 中类 group or 小类 class), but has "
                    + digits.length() + (digits.length() == 1 ? " digit" : " digits");
        }
        int division = Integer.parseInt(digits.substring(0, 2));
        if (division < 1 || division > LAST_DIVISION[LAST_DIVISION.length - 1]) {
            return "division (first two digits) should be 01-97 but is " + digits.substring(0, 2);
        }
        return null;
    }

    /** Returns the section letter of a division 1..97. */
    private static char sectionOf(int division) {
        for (int i = 0; i < LAST_DIVISION.length; i++) {
            if (division <= LAST_DIVISION[i]) {
                return (char) ('A' + i);
            }
        }
        throw new AssertionError(division);
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

    /**
     * Returns the section letter (门类代码), e.g. {@code 'C'} for {@code C3110}.
     *
     * @return an upper-case letter A–T
     */
    public char section() {
        return code.charAt(0);
    }

    /**
     * Returns the division (大类代码): the two digits after the section letter, e.g. {@code "31"} for
     * {@code C3110}, or the empty string for a section-level code such as {@code C}.
     *
     * @return two ASCII digits, or empty; never null
     */
    public String division() {
        return code.length() == 1 ? "" : code.substring(1, 3);
    }

    /**
     * Returns the level (层次) of this code: {@link Level#SECTION 门类} for a letter alone,
     * {@link Level#DIVISION 大类}, {@link Level#GROUP 中类} or {@link Level#CLASS 小类} for 2, 3 or 4
     * digits.
     *
     * @return the level; never null
     */
    public Level level() {
        return Level.values()[code.length() == 1 ? 0 : code.length() - 2];
    }

    /**
     * Tells whether this code lies within (属于) {@code broader}: whether the canonical text of
     * {@code broader} is a prefix of this code's. For example {@code C3110} 炼铁 is within
     * {@code C311}, {@code C31} and {@code C}, but not within {@code C32} or {@code C3120}. Every
     * code is within itself.
     *
     * @param broader the possibly broader code; not null
     * @return true if this code equals or lies within {@code broader}
     * @throws NullPointerException if {@code broader} is null; the message names the parameter
     */
    public boolean isWithin(IndustryCode broader) {
        Objects.requireNonNull(broader, "broader");
        return code.startsWith(broader.code);
    }

    /**
     * Compares the codes (比较) by canonical text, so that a code sorts directly before the codes
     * within it ({@code C} &lt; {@code C31} &lt; {@code C311} &lt; {@code C3110} &lt; {@code C312}).
     *
     * @param other the code to compare with; not null
     * @return negative, zero or positive as this code sorts before, with or after {@code other}
     * @throws NullPointerException if {@code other} is null; the message names the parameter
     */
    @Override
    public int compareTo(IndustryCode other) {
        Objects.requireNonNull(other, "other");
        return code.compareTo(other.code);
    }

    /**
     * Tells whether {@code obj} is an industry code (行业代码) with the same canonical text.
     *
     * @param obj the object to compare with; may be null (then the result is false)
     * @return true if equal
     */
    @Override
    public boolean equals(Object obj) {
        return obj instanceof IndustryCode && code.equals(((IndustryCode) obj).code);
    }

    /**
     * Returns a hash code (散列码) derived from the canonical text only.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return code.hashCode();
    }

    /**
     * Returns the canonical code (规范代码), e.g. {@code "C3110"} or {@code "C"}.
     *
     * @return the code; never null
     */
    @Override
    public String toString() {
        return code;
    }
}
