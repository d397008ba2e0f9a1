package org.phaseout.internal.json;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.phaseout.catalogue.CatalogueEdition;
import org.phaseout.catalogue.Overlay;

/**
 * Checks overlays against their targets: the target edition exists, an entry with a target entry's id is allowed
 * only under {@code "onConflict": "replace"}, and no two overlays touch the same entry id (which file wins would
 * otherwise depend on file order).
 */
final class Overlays {

  private Overlays() {}

  /**
   * Checks overlays.
   *
   * @param editions the editions loaded
   * @param overlays the overlays read
   * @param problems where problems are reported, by origin
   * @return the overlays that passed every check
   */
  static List<Overlay> check(List<CatalogueEdition> editions, List<Overlay> overlays, Map<String, Problems> problems) {
    Map<String, CatalogueEdition> byKey = new TreeMap<>();
    editions.forEach(e -> byKey.putIfAbsent(e.key(), e));
    Map<String, List<String>> touched = new TreeMap<>();
    for (Overlay overlay : overlays) {
      for (int i = 0; i < overlay.entries().size(); i++) {
        touched.computeIfAbsent(overlay.target() + " " + overlay.entries().get(i).id(), k -> new ArrayList<>())
            .add(overlay.origin() + "#/entries/" + i + "/id");
      }
    }
    List<Overlay> ok = new ArrayList<>();
    for (Overlay overlay : overlays) {
      Problems p = problems.get(overlay.origin());
      int before = p.count();
      CatalogueEdition target = byKey.get(overlay.target());
      if (target == null) {
        p.add("/target", "no loaded catalogue edition is '" + overlay.target() + "'; expected catalogueId@edition of "
            + "one of " + byKey.keySet());
        continue;
      }
      for (int i = 0; i < overlay.entries().size(); i++) {
        String id = overlay.entries().get(i).id();
        boolean exists = target.entries().stream().anyMatch(e -> e.id().equals(id));
        if (exists && overlay.onConflict() == Overlay.ConflictRule.REJECT) {
          p.add("/entries/" + i + "/id", "entry '" + id + "' already exists in " + overlay.target()
              + "; this overlay only adds (\"onConflict\": \"reject\"): state \"replace\" to correct it");
        }
        List<String> places = touched.get(overlay.target() + " " + id);
        if (places.size() > 1) {
          p.add("/entries/" + i + "/id", "entry '" + id + "' of " + overlay.target() + " is also changed by "
              + places.stream().filter(x -> !x.startsWith(overlay.origin() + "#")).toList()
              + "; two overlays may not change one entry, since which wins would depend on file order");
        }
      }
      if (p.count() == before) {
        ok.add(overlay);
      }
    }
    return ok;
  }
}
