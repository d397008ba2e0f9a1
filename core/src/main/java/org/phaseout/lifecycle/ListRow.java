package org.phaseout.lifecycle;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.phaseout.catalogue.Dimension;

/**
 * One row of a published enterprise list (公示名单): who, where, on which basis, by when, and who leads.
 *
 * @param enterpriseName the enterprise's name (企业名称), not null
 * @param creditCode the unified social credit code (统一社会信用代码), not null
 * @param division the administrative division code of the enterprise (所在区县), not null
 * @param dimension the dimension (方面), not null
 * @param basis the cited basis: document number, section and item (依据), not null
 * @param deadline the rectification deadline (整改期限), when the rule sets one
 * @param leadDepartments the lead departments, by their Chinese names (牵头部门), not null
 * @param unitId the production unit (产能单元), not null
 * @param entryId the catalogue entry (条目), not null
 * @param state the case state on the list's date, not null
 * @param restDayCheck what 《民法典》第二百零三条 did to the deadline (期限法定休息日核对), not null; {@link
 *     RestDayCheck#NOT_COVERED} tells the reader the deadline still needs checking by hand
 */
public record ListRow(
    String enterpriseName,
    String creditCode,
    String division,
    Dimension dimension,
    String basis,
    Optional<LocalDate> deadline,
    List<String> leadDepartments,
    String unitId,
    String entryId,
    CaseState state,
    RestDayCheck restDayCheck) {

  /** @throws NullPointerException if an argument is null */
  public ListRow {
    Objects.requireNonNull(enterpriseName, "enterpriseName");
    Objects.requireNonNull(creditCode, "creditCode");
    Objects.requireNonNull(division, "division");
    Objects.requireNonNull(dimension, "dimension");
    Objects.requireNonNull(basis, "basis");
    Objects.requireNonNull(deadline, "deadline");
    leadDepartments = List.copyOf(leadDepartments);
    Objects.requireNonNull(unitId, "unitId");
    Objects.requireNonNull(entryId, "entryId");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(restDayCheck, "restDayCheck");
  }
}
