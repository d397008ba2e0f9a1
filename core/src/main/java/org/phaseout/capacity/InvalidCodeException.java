package org.phaseout.capacity;

import java.util.Locale;
import java.util.Objects;

/**
 * Thrown when a text is not a valid official code (无效代码 invalid code), such as a
 * 统一社会信用代码 unified social credit code, a 行政区划代码 administrative division code or a
 * 国民经济行业分类代码 industrial classification code.
 *
 * <p>The exception carries three parts that together explain the problem to a person:
 * {@linkplain #codeType() which kind of code} was expected, {@linkplain #value() what was given},
 * and {@linkplain #reason() what was expected instead}. {@link #getMessage()} combines them into a
 * sentence fit to show a user, for example:
 *
 * <pre>
 * invalid 统一社会信用代码 unified social credit code "91500101MAABXQBG7X": check character should be 'Q' but is 'X' (position 18)
 * </pre>
 *
 * <p>In the message, control and other non-printable characters of the value are shown as
 * <code>&#92;u</code> escapes (four hex digits) and very long values are shortened; {@link #value()} always returns the
 * input unchanged.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class InvalidCodeException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** Longest part of the value quoted in the message before it is shortened. */
    private static final int MAX_QUOTED_LENGTH = 64;

    /** The kind of code that was expected; never null. */
    private final String codeType;

    /** The offending input, as given; never null. */
    private final String value;

    /** What was expected, in English; never null. */
    private final String reason;

    /**
     * Creates an exception (异常 exception) describing why {@code value} is not a valid code.
     *
     * @param codeType the kind of code that was expected, Chinese term followed by the English
     *     one, e.g. {@code "统一社会信用代码 unified social credit code"}; not null
     * @param value the offending input exactly as given (before any trimming or case mapping);
     *     not null
     * @param reason what was expected, in English, e.g. {@code "check character should be 'X' but
     *     is 'Y'"}; not null
     * @throws NullPointerException if {@code codeType}, {@code value} or {@code reason} is null;
     *     the message names the parameter
     */
    public InvalidCodeException(String codeType, String value, String reason) {
        super(message(
                Objects.requireNonNull(codeType, "codeType"),
                Objects.requireNonNull(value, "value"),
                Objects.requireNonNull(reason, "reason")));
        this.codeType = codeType;
        this.value = value;
        this.reason = reason;
    }

    /**
     * Returns the kind of code (代码类型 code type) that was expected, Chinese term followed by the
     * English one, e.g. {@code "统一社会信用代码 unified social credit code"}.
     *
     * @return the code type; never null
     */
    public String codeType() {
        return codeType;
    }

    /**
     * Returns the offending input (输入值 input value) exactly as given, before any trimming or case
     * mapping.
     *
     * @return the value; never null
     */
    public String value() {
        return value;
    }

    /**
     * Returns what was expected (原因 reason), in English, e.g. {@code "18 characters from 0-9 and
     * A-Z without I, O, S, V, Z"} or {@code "check character should be 'X' but is 'Y'"}.
     *
     * @return the reason; never null
     */
    public String reason() {
        return reason;
    }

    private static String message(String codeType, String value, String reason) {
        return "invalid " + codeType + " " + quote(value) + ": " + reason;
    }

    /**
     * Quotes a value for the message: escapes non-printable characters and shortens long values.
     */
    private static String quote(String value) {
        StringBuilder sb = new StringBuilder(Math.min(value.length(), MAX_QUOTED_LENGTH) + 32);
        sb.append('"');
        int shown = Math.min(value.length(), MAX_QUOTED_LENGTH);
        for (int i = 0; i < shown; i++) {
            char c = value.charAt(i);
            if (c == '"' || c == '\\') {
                sb.append('\\').append(c);
            } else if (Character.isISOControl(c) || !isPrintable(c)) {
                sb.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
            } else {
                sb.append(c);
            }
        }
        sb.append('"');
        if (value.length() > MAX_QUOTED_LENGTH) {
            sb.append("... (").append(value.length()).append(" characters)");
        }
        return sb.toString();
    }

    /**
     * Shows one character for a reason text: quoted if printable, otherwise as {@code U+} and four hex digits.
     *
     * @param c the character
     * @return e.g. {@code 'I'} or {@code U+0009}
     */
    static String charText(char c) {
        if (Character.isISOControl(c) || !isPrintable(c) || c == ' ') {
            return String.format(Locale.ROOT, "U+%04X", (int) c);
        }
        return "'" + c + "'";
    }

    private static boolean isPrintable(char c) {
        if (Character.isSurrogate(c)) {
            return false;
        }
        int type = Character.getType(c);
        return type != Character.UNASSIGNED
                && type != Character.FORMAT
                && type != Character.PRIVATE_USE
                && type != Character.LINE_SEPARATOR
                && type != Character.PARAGRAPH_SEPARATOR;
    }
}
