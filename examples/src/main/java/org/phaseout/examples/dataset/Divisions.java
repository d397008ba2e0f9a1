package org.phaseout.examples.dataset;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The 38 county-level divisions of Chongqing (重庆市 26 个市辖区、8 个县、4 个自治县) with their GB/T 2260 codes, the
 * only division codes the synthetic dataset uses. Aggregate codes such as {@code 500000}, {@code 500100} (市辖区) and
 * {@code 500200} (县) are deliberately absent.
 *
 * <p>Source: the rows with province code {@code 50} of {@code dist/areas.csv} in the public repository
 * modood/Administrative-divisions-of-China, commit {@code 0b7fd75e6bd8fef6c63d7f02cfaf0a39b33fc199}
 * (https://github.com/modood/Administrative-divisions-of-China/blob/0b7fd75e6bd8fef6c63d7f02cfaf0a39b33fc199/dist/areas.csv),
 * compiled from the National Bureau of Statistics' 统计用区划代码; every code and name below is copied from those rows,
 * in their order (500101 万州区 … 500156 武隆区, 500229 城口县 … 500243 彭水苗族土家族自治县).
 */
public final class Divisions {

  private static final Map<String, String> CHONGQING;

  static {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("500101", "万州区");
    m.put("500102", "涪陵区");
    m.put("500103", "渝中区");
    m.put("500104", "大渡口区");
    m.put("500105", "江北区");
    m.put("500106", "沙坪坝区");
    m.put("500107", "九龙坡区");
    m.put("500108", "南岸区");
    m.put("500109", "北碚区");
    m.put("500110", "綦江区");
    m.put("500111", "大足区");
    m.put("500112", "渝北区");
    m.put("500113", "巴南区");
    m.put("500114", "黔江区");
    m.put("500115", "长寿区");
    m.put("500116", "江津区");
    m.put("500117", "合川区");
    m.put("500118", "永川区");
    m.put("500119", "南川区");
    m.put("500120", "璧山区");
    m.put("500151", "铜梁区");
    m.put("500152", "潼南区");
    m.put("500153", "荣昌区");
    m.put("500154", "开州区");
    m.put("500155", "梁平区");
    m.put("500156", "武隆区");
    m.put("500229", "城口县");
    m.put("500230", "丰都县");
    m.put("500231", "垫江县");
    m.put("500233", "忠县");
    m.put("500235", "云阳县");
    m.put("500236", "奉节县");
    m.put("500237", "巫山县");
    m.put("500238", "巫溪县");
    m.put("500240", "石柱土家族自治县");
    m.put("500241", "秀山土家族苗族自治县");
    m.put("500242", "酉阳土家族苗族自治县");
    m.put("500243", "彭水苗族土家族自治县");
    CHONGQING = Collections.unmodifiableMap(m);
  }

  private Divisions() {}

  /** @return the 38 county-level codes of Chongqing and their names, in the order of the cited source */
  public static Map<String, String> chongqing() {
    return CHONGQING;
  }
}
