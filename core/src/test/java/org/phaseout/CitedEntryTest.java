package org.phaseout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.phaseout.catalogue.LocalizedText;
import org.phaseout.catalogue.VerificationLevel;

/** A cited entry's reference names the document once, then the section path and the item. */
class CitedEntryTest {

  private static CitedEntry cited(String document, List<String> section, Optional<String> item) {
    return new CitedEntry("id", "catalogue", "1", document, section, item, new LocalizedText("文本", "text"),
        List.of(), VerificationLevel.SECONDARY);
  }

  @Test
  void theReferenceIsTheDocumentTheSectionPathAndTheItem() {
    assertEquals("国家发展改革委令第7号 第三类 淘汰类 一、落后生产工艺装备 钢铁 第3项",
        cited("国家发展改革委令第7号", List.of("第三类 淘汰类", "一、落后生产工艺装备", "钢铁"), Optional.of("3")).reference());
  }

  @Test
  void aCatalogueKnownByItsTitleIsNotNamedTwice() {
    // the MIIT lists have no document number: their title stands for it and also heads their section path
    assertEquals("《高耗能机电设备淘汰目录（第一批）》 类别 1 第1-1项", cited("《高耗能机电设备淘汰目录（第一批）》",
        List.of("《高耗能机电设备淘汰目录（第一批）》", "类别 1"), Optional.of("1-1")).reference());
  }

  @Test
  void anEntryWithoutSectionOrItemIsReferredToByItsDocumentAlone() {
    assertEquals("渝制造强市办〔2025〕4号", cited("渝制造强市办〔2025〕4号", List.of(), Optional.empty()).reference());
  }
}
