package org.phaseout.examples.dataset;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Which GB/T 4754-2017 industry (国民经济行业分类) an enterprise operating a unit kind belongs to, and which kinds are
 * auxiliary equipment found in enterprises of any industry.
 *
 * <p>Source of every code: the GB/T 4754-2017 table (门类, 大类, 中类, 小类 with names and notes) in
 * {@code src/utils/category.js} of the public repository zmshe/capital, commit
 * {@code 0b8f1ae480aadd9f35aca2fd0efb934e9a7101e8}
 * (https://github.com/zmshe/capital/blob/0b8f1ae480aadd9f35aca2fd0efb934e9a7101e8/src/utils/category.js); it is the
 * 2017 edition (e.g. 3130 钢压延加工, 4412 热电联产, 0232 森林改培). Each class below is named as in that table. Where
 * the table has no class that clearly fits a kind, the two-digit division (大类) the table lists is used instead
 * (C26 化学原料和化学制品制造业, C30 非金属矿物制品业, C32 有色金属冶炼和压延加工业, C38 电气机械和器材制造业,
 * B10 非金属矿采选业).
 */
final class Industries {

  /** Unit kind → industry of the enterprises that operate it. */
  private static final Map<String, String> BY_KIND = new TreeMap<>();

  /** Auxiliary kinds → the kinds whose enterprises host them; an empty list means any enterprise. */
  private static final Map<String, List<String>> AUXILIARY = new TreeMap<>();

  /** Industries of general enterprises that own only auxiliary equipment. */
  static final List<String> GENERAL = List.of(
      "D4430", // 热力生产和供应
      "C3311", // 金属结构制造
      "C3391", // 黑色金属铸造
      "C3421", // 金属切削机床制造
      "C3441"); // 泵及真空设备制造

  static {
    put("B0610", "coal-mine", "coal-preparation-plant"); // 烟煤和无烟煤开采洗选
    put("B0810", "iron-ore-mine", "iron-ore-beneficiation-plant"); // 铁矿采选
    put("B1011", "mine"); // 石灰石、石膏开采
    put("B1092", "graphite-plant"); // 石墨、滑石采选
    put("B10", "fluorite-plant"); // 非金属矿采选业
    put("C1513", "brewery"); // 啤酒制造
    put("C2211", "pulp-line"); // 木竹浆制造
    put("C2221", "paper-line"); // 机制纸及纸板制造
    put("C2511", "oil-refinery", "atmospheric-vacuum-distillation-unit"); // 原油加工及石油制品制造
    put("C2521", "coke-oven", "semi-coke-plant"); // 炼焦 (焦炭、干馏炭)
    put("C2522", "coal-to-gas-plant"); // 煤制合成气生产
    put("C2523", "coal-to-liquids-plant", "coal-to-olefins-plant"); // 煤制液体燃料生产 (如煤制甲醇、煤制烯烃)
    put("C2529", "activated-carbon-plant"); // 其他煤炭加工 (煤质活性炭)
    put("C2612", "caustic-soda-plant", "soda-ash-plant", "chlorine-liquefaction-unit"); // 无机碱制造 (烧碱、纯碱)
    put("C2614", "butanediol-plant", "dicyandiamide-plant", "dimethyl-ether-plant", "ethylene-glycol-plant",
        "ethylene-plant", "formaldehyde-plant", "methane-chlorides-plant", "methanol-plant", "paraxylene-plant",
        "phthalic-anhydride-plant", "propylene-oxide-plant", "styrene-plant", "vinyl-acetate-plant"); // 有机化学原料制造
    put("C2619", "calcium-carbide-furnace", "cyanamide-plant", "hydrogen-peroxide-unit"); // 其他基础化学原料制造
    put("C2621", "ammonia-plant", "ammonium-bicarbonate-plant", "urea-plant"); // 氮肥制造
    put("C2622", "diammonium-phosphate-plant", "monoammonium-phosphate-plant"); // 磷肥制造
    put("C2623", "potassium-sulphate-plant"); // 钾肥制造
    put("C2641", "coating-resin-unit"); // 涂料制造
    put("C2651", "pvc-plant", "polypropylene-plant", "polyoxymethylene-plant"); // 初级形态塑料及合成树脂制造
    put("C2653", "bottle-grade-polyester-chip-plant", "polyvinyl-alcohol-plant", "pta-plant"); // 合成纤维单（聚合）体制造
    put("C26", "carbon-black-plant", "chemical-project", "key-field-production-unit"); // 化学原料和化学制品制造业
    put("C2812", "viscose-fibre-line"); // 人造纤维（纤维素纤维）制造
    put("C2821", "nylon-6-line"); // 锦纶纤维制造
    put("C2822", "polyester-fibre-line", "recycled-polyester-fibre-line"); // 涤纶纤维制造
    put("C2823", "acrylic-fibre-line"); // 腈纶纤维制造
    put("C2824", "vinylon-line"); // 维纶纤维制造
    put("C2825", "polypropylene-fibre-line"); // 丙纶纤维制造
    put("C2826", "spandex-line"); // 氨纶纤维制造
    put("C2829", "bicomponent-fibre-line", "uhmwpe-fibre-line"); // 其他合成纤维制造
    put("C2911", "tyre-plant"); // 轮胎制造
    put("C3011", "clinker-line", "cement-grinding-line"); // 水泥制造 (含水泥熟料)
    put("C3012", "building-gypsum-plant"); // 石灰和石膏制造
    put("C3021", "cement-products-plant", "ready-mixed-concrete-plant"); // 水泥制品制造
    put("C3031", "sintered-wall-material-line"); // 粘土砖瓦及建筑砌块制造
    put("C3033", "waterproofing-membrane-line"); // 防水建筑材料制造
    put("C3034", "rock-wool-line"); // 隔热和隔音材料制造 (岩石棉)
    put("C3041", "flat-glass-line", "pv-rolled-glass-line"); // 平板玻璃制造 (浮法、压延法)
    put("C3042", "tempered-glass-line"); // 特种玻璃制造 (钢化)
    put("C3071", "building-ceramics-line"); // 建筑陶瓷制品制造
    put("C3072", "sanitary-ceramics-line"); // 卫生陶瓷制品制造
    put("C3073", "alumina-grinding-ball-line"); // 特种陶瓷制品制造
    put("C3089", "mullite-plant"); // 耐火陶瓷制品及其他耐火材料制造
    put("C3091", "carbon-products-plant", "aluminium-carbon-plant"); // 石墨及碳素制品制造
    put("C3099", "cast-stone-line", "corundum-plant"); // 其他非金属矿物制品制造
    put("C30", "foam-glass-line"); // 非金属矿物制品业
    put("C3110", "blast-furnace", "sinter-machine", "pellet-plant"); // 炼铁
    put("C3120", "converter", "electric-arc-furnace", "induction-furnace"); // 炼钢
    put("C3130", "steel-rolling-line"); // 钢压延加工
    put("C3140", "ferroalloy-furnace", "ferromanganese-blast-furnace"); // 铁合金冶炼
    put("C3211", "copper-smelter"); // 铜冶炼
    put("C3212", "lead-smelter", "zinc-smelter", "secondary-lead-plant"); // 铅锌冶炼
    put("C3213", "nickel-smelter"); // 镍钴冶炼
    put("C3214", "tin-smelter"); // 锡冶炼
    put("C3215", "antimony-smelter"); // 锑冶炼
    put("C3216", "electrolytic-aluminium-potline", "alumina-refinery"); // 铝冶炼
    put("C3217", "magnesium-plant"); // 镁冶炼
    put("C3218", "industrial-silicon-furnace"); // 硅冶炼
    put("C3239", "germanium-plant"); // 其他稀有金属冶炼
    put("C3251", "copper-processing-plant"); // 铜压延加工
    put("C3252", "wrought-aluminium-plant"); // 铝压延加工
    put("C32", "titanium-sponge-plant", "titanium-ingot-plant"); // 有色金属冶炼和压延加工业
    put("C3360", "heat-treatment-equipment"); // 金属表面处理及热处理加工
    put("C38", "energy-using-product-line"); // 电气机械和器材制造业
    put("C3985", "polysilicon-plant", "monocrystalline-silicon-plant"); // 电子专用材料制造 (半导体材料)
    put("D4411", "coal-fired-generating-unit", "gas-steam-combined-cycle-unit"); // 火力发电
    put("E4710", "construction-equipment", "construction-material", "construction-process"); // 住宅房屋建筑
    put("I6450", "crypto-mining-facility"); // 互联网数据服务

    List<String> anywhere = List.of();
    for (String kind : List.of("motor", "pump", "fan", "transformer", "air-compressor", "arc-welder",
        "coal-fired-boiler", "biomass-boiler", "oil-fired-boiler", "enterprise-site")) {
      AUXILIARY.put(kind, anywhere);
    }
    List<String> mines = List.of("mine", "coal-mine", "iron-ore-mine");
    for (String kind : List.of("mine-hoist", "mine-shaft-cage", "mine-electric-locomotive", "mine-switchgear",
        "mine-transformer", "rock-drill", "trackless-rubber-tyred-vehicle", "belt-conveyor")) {
      AUXILIARY.put(kind, mines);
    }
    AUXILIARY.put("air-separation-unit", List.of("blast-furnace", "converter", "ammonia-plant"));
    // equipment of the MIIT eliminated electromechanical equipment catalogue, batches 1 and 2 (vocabulary-equipment-2.json)
    for (String kind : List.of("gas-fired-boiler", "resistance-furnace", "blower", "refrigerating-machine",
        "induction-heating-power-supply", "welding-control-box", "electrical-apparatus", "machine-tool",
        "metal-forming-machine", "steam-trap", "vacuum-filter")) {
      AUXILIARY.put(kind, anywhere);
    }
    AUXILIARY.put("process-gas-compressor", List.of("ammonia-plant"));
    AUXILIARY.put("expander", List.of("blast-furnace", "converter", "ammonia-plant"));
    AUXILIARY.put("electrolyser", List.of("caustic-soda-plant"));
  }

  private Industries() {}

  private static void put(String industry, String... kinds) {
    for (String kind : kinds) {
      if (BY_KIND.put(kind, industry) != null) {
        throw new IllegalStateException("kind mapped twice: " + kind);
      }
    }
  }

  /** @return whether the kind is auxiliary equipment hosted by enterprises of other kinds */
  static boolean isAuxiliary(String kind) {
    return AUXILIARY.containsKey(kind);
  }

  /** @return the kinds whose enterprises host an auxiliary kind; empty for any enterprise */
  static List<String> hosts(String kind) {
    return AUXILIARY.getOrDefault(kind, List.of());
  }

  /**
   * The industry of the enterprises operating a production kind.
   *
   * @param kind a unit kind that is not auxiliary
   * @return the industry code
   * @throws IllegalStateException if the kind has no industry here: a new kind in the catalogues needs one
   */
  static String of(String kind) {
    String code = BY_KIND.get(kind);
    if (code == null) {
      throw new IllegalStateException("no GB/T 4754-2017 industry for unit kind '" + kind
          + "': add it to Industries with its source");
    }
    return code;
  }

  /** @return a word naming the sector of an industry, for fictitious enterprise names */
  static String sectorWord(String industry) {
    String division = industry.length() >= 3 ? industry.substring(0, 3) : industry;
    return switch (division) {
      case "B06" -> "煤业";
      case "B08", "B09", "B10" -> "矿业";
      case "C15" -> "酒业";
      case "C22" -> "纸业";
      case "C25" -> "能源化工";
      case "C26" -> "化工";
      case "C28" -> "化纤";
      case "C29" -> "橡胶";
      case "C30" -> "建材";
      case "C31" -> "钢铁";
      case "C32" -> "有色金属";
      case "C33" -> "金属制品";
      case "C34" -> "机械";
      case "C38" -> "电器";
      case "C39" -> "新材料";
      case "D44" -> "能源";
      case "E47" -> "建设工程";
      case "I64" -> "数据科技";
      default -> "实业";
    };
  }
}
