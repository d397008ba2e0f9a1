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
 * (B10 非金属矿采选业, C13 农副食品加工业, C16 烟草制品业, C17 纺织业, C20 木材加工和木、竹、藤、棕、草制品业,
 * C23 印刷和记录媒介复制业, C26 化学原料和化学制品制造业, C27 医药制造业, C29 橡胶和塑料制品业, C30 非金属矿物制品业,
 * C31 黑色金属冶炼和压延加工业, C32 有色金属冶炼和压延加工业, C33 金属制品业, C37 铁路、船舶、航空航天和其他运输设备制造业,
 * C38 电气机械和器材制造业, G55 水上运输业, N77 生态保护和环境治理业). Where a kind spans classes of several divisions,
 * the class or division that fits most of the catalogue entries applying to it is used, and the line says so.
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
    put("A0514", "cotton-processing-equipment"); // 农产品初加工活动 (棉花等纺织纤维原料加工：轧花、打包)
    // items of the 2024 industry catalogue 淘汰类 with unit kinds of their own (vocabulary-industry-structure-2.json)
    put("A01", "rural-stove-kang"); // 农业 (rural households' stoves and kangs have no class: the farms using them)
    put("A0220", "pulpwood-plantation"); // 造林和更新 (人工造林)
    put("A0252", "forest-products-gathering"); // 非木竹材林产品采集 (药材等林产品采集)
    put("A0515", "pre-planting-soil-fumigation"); // 农作物病虫害防治活动 (土壤熏蒸消毒)
    put("B0610", "coal-mine", "coal-preparation-plant"); // 烟煤和无烟煤开采洗选
    put("B0810", "iron-ore-mine", "iron-ore-beneficiation-plant"); // 铁矿采选
    put("B0921", "gold-plant"); // 金矿采选 (most entries: amalgamation, cyanidation, mining and dressing of gold ore)
    put("B0931", "tungsten-molybdenum-plant"); // 钨钼矿采选 (钨精矿、钼精矿; the roasting of molybdenum concentrate too)
    put("B1011", "mine"); // 石灰石、石膏开采
    put("B1030", "salt-plant"); // 采盐 (真空蒸发、湖盐、海盐、卤水)
    put("B1092", "graphite-plant"); // 石墨、滑石采选
    put("B10", "fluorite-plant"); // 非金属矿采选业
    // 农副食品加工业 (most entries: starch, slaughter, flour; dairy and MSG are C14, drinks and ethanol C15)
    put("C13", "food-processing-plant");
    put("C1340", "sugar-mill"); // 制糖业
    put("C1513", "brewery"); // 啤酒制造
    put("C16", "tobacco-processing-line"); // 烟草制品业
    put("C17", "textile-machinery", "dyeing-finishing-line"); // 纺织业
    put("C1910", "tannery"); // 皮革鞣制加工
    put("C20", "wood-products-plant"); // 木材加工和木、竹、藤、棕、草制品业 (fibreboard, plywood; rosin and charcoal are C2663)
    put("C2211", "pulp-line"); // 木竹浆制造
    put("C2221", "paper-line"); // 机制纸及纸板制造
    put("C23", "printing-equipment"); // 印刷和记录媒介复制业
    put("C2511", "oil-refinery", "atmospheric-vacuum-distillation-unit"); // 原油加工及石油制品制造
    put("C2521", "coke-oven", "semi-coke-plant"); // 炼焦 (焦炭、干馏炭)
    put("C2522", "coal-to-gas-plant"); // 煤制合成气生产
    put("C2523", "coal-to-liquids-plant", "coal-to-olefins-plant"); // 煤制液体燃料生产 (如煤制甲醇、煤制烯烃)
    put("C2529", "activated-carbon-plant"); // 其他煤炭加工 (煤质活性炭)
    put("C2611", "nitric-acid-plant", "sulphuric-acid-plant"); // 无机酸制造 (工业硫酸、稀硝酸)
    put("C2612", "caustic-soda-plant", "soda-ash-plant", "chlorine-liquefaction-unit"); // 无机碱制造 (烧碱、纯碱)
    put("C2614", "acetic-acid-plant", "butanediol-plant", "dicyandiamide-plant", "dimethyl-ether-plant",
        "ethylene-glycol-plant", "ethylene-plant", "formaldehyde-plant", "methane-chlorides-plant", "methanol-plant",
        "paraxylene-plant", "phthalic-anhydride-plant", "propylene-oxide-plant", "styrene-plant", "vinyl-acetate-plant",
        "isocyanate-plant"); // 有机化学原料制造 (TDI, MDI)
    put("C2613", "strontium-barium-carbonate-unit"); // 无机盐制造 (碳酸锶、碳酸钡)
    put("C2619", "calcium-carbide-furnace", "cyanamide-plant", "hydrogen-peroxide-unit"); // 其他基础化学原料制造
    put("C2621", "ammonia-plant", "ammonium-bicarbonate-plant", "urea-plant"); // 氮肥制造
    put("C2622", "diammonium-phosphate-plant", "monoammonium-phosphate-plant"); // 磷肥制造
    put("C2623", "potassium-sulphate-plant"); // 钾肥制造
    put("C2641", "coating-resin-unit"); // 涂料制造
    put("C2643", "inorganic-pigment-plant"); // 工业颜料制造 (无机颜料: 钛白粉、氧化铁颜料)
    put("C2651", "pvc-plant", "polypropylene-plant", "polyoxymethylene-plant"); // 初级形态塑料及合成树脂制造
    put("C2653", "bottle-grade-polyester-chip-plant", "polyvinyl-alcohol-plant", "pta-plant"); // 合成纤维单（聚合）体制造
    put("C2671", "explosives-production-line"); // 炸药及火工产品制造
    put("C2672", "fireworks-production-line"); // 焰火、鞭炮产品制造
    put("C26", "carbon-black-plant", "chemical-project", "daily-chemical-plant", "key-field-production-unit",
        "nitration-unit", "organosilicon-unit", "yellow-phosphorus-plant"); // 化学原料和化学制品制造业
    put("C27", "pharmaceutical-plant"); // 医药制造业
    put("C2750", "veterinary-drug-line"); // 兽用药品制造 (用于动物疾病防治医药的制造)
    put("C2812", "viscose-fibre-line"); // 人造纤维（纤维素纤维）制造
    put("C2821", "nylon-6-line"); // 锦纶纤维制造
    put("C2822", "polyester-fibre-line", "recycled-polyester-fibre-line"); // 涤纶纤维制造
    put("C2823", "acrylic-fibre-line"); // 腈纶纤维制造
    put("C2824", "vinylon-line"); // 维纶纤维制造
    put("C2825", "polypropylene-fibre-line"); // 丙纶纤维制造
    put("C2826", "spandex-line"); // 氨纶纤维制造
    put("C2829", "bicomponent-fibre-line", "uhmwpe-fibre-line"); // 其他合成纤维制造
    put("C2911", "tyre-plant"); // 轮胎制造
    put("C29", "plastics-products-line", "rubber-products-plant"); // 橡胶和塑料制品业
    put("C3011", "clinker-line", "cement-grinding-line"); // 水泥制造 (含水泥熟料)
    put("C3012", "building-gypsum-plant", "lime-kiln"); // 石灰和石膏制造
    put("C3021", "cement-products-plant", "ready-mixed-concrete-plant"); // 水泥制品制造
    put("C3024", "gypsum-products-line"); // 轻质建筑材料制造 (石膏板、石膏制品)
    put("C3031", "sintered-wall-material-line", "wall-material-line"); // 粘土砖瓦及建筑砌块制造
    put("C3032", "stone-processing-plant"); // 建筑用石加工
    put("C3033", "waterproofing-membrane-line"); // 防水建筑材料制造
    put("C3034", "rock-wool-line"); // 隔热和隔音材料制造 (岩石棉)
    put("C3041", "flat-glass-line", "pv-rolled-glass-line"); // 平板玻璃制造 (浮法、压延法)
    put("C3042", "tempered-glass-line"); // 特种玻璃制造 (钢化)
    put("C3061", "glass-fibre-line"); // 玻璃纤维及制品制造
    put("C3071", "building-ceramics-line"); // 建筑陶瓷制品制造
    put("C3072", "sanitary-ceramics-line"); // 卫生陶瓷制品制造
    put("C3073", "alumina-grinding-ball-line"); // 特种陶瓷制品制造
    put("C3074", "domestic-ceramics-line"); // 日用陶瓷制品制造
    put("C3081", "friction-material-plant"); // 石棉制品制造 (石棉摩擦制品)
    put("C3089", "mullite-plant", "refractory-plant", "aluminium-silicate-wool-plant"); // 耐火陶瓷制品及其他耐火材料制造
    put("C3091", "carbon-products-plant", "aluminium-carbon-plant"); // 石墨及碳素制品制造
    put("C3099", "cast-stone-line", "corundum-plant", "silicon-carbide-furnace",
        "synthetic-diamond-plant"); // 其他非金属矿物制品制造
    put("C30", "foam-glass-line", "glassware-plant", "quartz-glass-line"); // 非金属矿物制品业
    put("C3110", "blast-furnace", "sinter-machine", "pellet-plant"); // 炼铁
    put("C3120", "converter", "electric-arc-furnace", "induction-furnace"); // 炼钢
    put("C3130", "steel-rolling-line"); // 钢压延加工
    put("C3140", "ferroalloy-furnace", "ferromanganese-blast-furnace"); // 铁合金冶炼
    put("C31", "electrolytic-manganese-line"); // 黑色金属冶炼和压延加工业
    put("C3211", "copper-smelter"); // 铜冶炼
    put("C3212", "lead-smelter", "zinc-smelter", "secondary-lead-plant"); // 铅锌冶炼
    put("C3213", "nickel-smelter"); // 镍钴冶炼
    put("C3214", "tin-smelter"); // 锡冶炼
    put("C3215", "antimony-smelter"); // 锑冶炼
    put("C3216", "electrolytic-aluminium-potline", "alumina-refinery"); // 铝冶炼
    put("C3217", "magnesium-plant"); // 镁冶炼
    put("C3218", "industrial-silicon-furnace"); // 硅冶炼
    put("C3232", "rare-earth-plant"); // 稀土金属冶炼 (most entries: separation, electrolysis, smelting; mining is B0932)
    put("C3239", "germanium-plant"); // 其他稀有金属冶炼
    put("C3251", "copper-processing-plant"); // 铜压延加工
    put("C3252", "wrought-aluminium-plant"); // 铝压延加工
    put("C32", "titanium-sponge-plant", "titanium-ingot-plant", "nonferrous-smelter"); // 有色金属冶炼和压延加工业
    put("C3312", "door-window-plant"); // 金属门窗制造 (most entries: steel and other windows; insulating glass is C3042)
    put("C3333", "metal-packaging-plant"); // 金属包装容器及材料制造
    put("C3340", "steel-wire-products-plant"); // 金属丝绳及其制品制造
    put("C3360", "heat-treatment-equipment", "electroplating-line", "surface-treatment-line"); // 金属表面处理及热处理加工
    // 金属表面处理及热处理加工: zinc precipitation is listed beside cyanide electroplating (一 其他 items 1 and 2);
    // cleaning with CTC, CFC-113 or methyl chloroform is a process of many industries, here degreasing metal parts
    put("C3360", "cyanide-zinc-precipitation-line", "ods-solvent-process");
    put("C33", "foundry", "foundry-melting-furnace"); // 金属制品业 (黑色或有色金属铸造)
    // 金属制品业: aluminium composite and single panels (GB 30185-2025) have no class of their own in the table
    put("C33", "aluminium-composite-panel-plant");
    put("C3443", "plumbing-fittings-plant"); // 阀门和旋塞制造 (most entries: taps, stop valves)
    put("C3443", "lpg-cylinder-regulator-line"); // 阀门和旋塞制造 (控制流体流量、压力和流向的装置: 调压器)
    put("C3595", "fire-protection-product-line"); // 社会公共安全设备及器材制造 (公安、消防、安全)
    put("C3595", "safety-helmet-line"); // 社会公共安全设备及器材制造 (安全设备及器材; the table has no class naming helmets)
    put("C37", "shipyard"); // 铁路、船舶、航空航天和其他运输设备制造业 (船舶制造、改装、拆除)
    put("C38", "energy-using-product-line", "battery-plant", "appliance-plant"); // 电气机械和器材制造业
    put("C3871", "lamp-plant"); // 电光源制造
    put("C3985", "polysilicon-plant", "monocrystalline-silicon-plant"); // 电子专用材料制造 (半导体材料)
    put("D4411", "coal-fired-generating-unit", "gas-steam-combined-cycle-unit"); // 火力发电
    put("E4710", "construction-equipment", "construction-material", "construction-process"); // 住宅房屋建筑
    put("E4839", "island-link-project"); // 其他海洋工程建筑 (连岛坝、堤)
    put("G5320", "railway-wagon"); // 铁路货物运输
    put("G55", "ship", "port-terminal"); // 水上运输业 (港口码头: division, no port class checked in the table)
    put("I6450", "crypto-mining-facility"); // 互联网数据服务
    put("N77", "waste-incinerator"); // 生态保护和环境治理业 (固体废物、危险废物治理; municipal waste is N7820)
    put("N7861", "tourist-attraction"); // 名胜风景区管理 (游览景区; forest parks are N7862)

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
    // electric boilers, rated by GB 24500-2020 cl. 5.2 (vocabulary-equipment-3.json)
    AUXILIARY.put("electric-boiler", anywhere);
    // photovoltaic modules and inverters of GB 47834-2026 (vocabulary-equipment-4.json): distributed PV is installed at
    // enterprises of any industry
    for (String kind : List.of("pv-module", "pv-inverter")) {
      AUXILIARY.put(kind, anywhere);
    }
    // heat pumps and water chillers of GB 19577-2024 (vocabulary-equipment-6.json): heating and cooling plant of
    // enterprises of any industry
    AUXILIARY.put("heat-pump-unit", anywhere);
    AUXILIARY.put("process-gas-compressor", List.of("ammonia-plant"));
    AUXILIARY.put("expander", List.of("blast-furnace", "converter", "ammonia-plant"));
    AUXILIARY.put("electrolyser", List.of("caustic-soda-plant"));
    // hazardous-chemicals batch 2: oil-bath reactors in plants running 重点监管危险化工工艺, floating-roof tanks of
    // oil depots at refineries
    AUXILIARY.put("reactor", List.of("nitration-unit", "organosilicon-unit", "chemical-project"));
    AUXILIARY.put("storage-tank", List.of("oil-refinery"));
    // equipment of the 2024 industry catalogue 淘汰类 found in enterprises of many industries
    // (vocabulary-industry-structure.json)
    for (String kind : List.of("crane", "elevator", "gas-producer", "hot-air-furnace", "industrial-kiln", "instrument",
        "internal-combustion-engine", "laundry-equipment", "motor-vehicle", "personal-protective-equipment")) {
      AUXILIARY.put(kind, anywhere);
    }
    AUXILIARY.put("mining-machinery", mines);
    AUXILIARY.put("construction-machinery", List.of("construction-equipment", "construction-process",
        "construction-material", "mine", "coal-mine", "iron-ore-mine"));
    AUXILIARY.put("smelter-acid-plant", List.of("copper-smelter", "lead-smelter", "zinc-smelter", "nickel-smelter"));
    // an enterprise's electricity account (electricity screening, vocabulary.json)
    AUXILIARY.put("electricity-account", anywhere);
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
      case "A01", "A05" -> "农业";
      case "A02" -> "林业";
      case "B06" -> "煤业";
      case "B08", "B09", "B10" -> "矿业";
      case "C13" -> "食品";
      case "C15" -> "酒业";
      case "C16" -> "烟草";
      case "C17" -> "纺织";
      case "C19" -> "皮革";
      case "C20" -> "木业";
      case "C22" -> "纸业";
      case "C23" -> "印务";
      case "C25" -> "能源化工";
      case "C26" -> "化工";
      case "C27" -> "制药";
      case "C28" -> "化纤";
      case "C29" -> "橡胶";
      case "C30" -> "建材";
      case "C31" -> "钢铁";
      case "C32" -> "有色金属";
      case "C33" -> "金属制品";
      case "C34" -> "机械";
      case "C35" -> "装备";
      case "C37" -> "船舶";
      case "C38" -> "电器";
      case "C39" -> "新材料";
      case "D44" -> "能源";
      case "E47", "E48" -> "建设工程";
      case "G53" -> "铁路运输";
      case "G55" -> "航运";
      case "I64" -> "数据科技";
      case "N77" -> "环保";
      case "N78" -> "旅游";
      default -> "实业";
    };
  }
}
