package org.phaseout;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * What a streamed evaluation processed (流式评估摘要): the number of units, how many have each status, and the SHA-256
 * of the input bytes as read. The same figures close the streamed report in its trailer line.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param units the number of units evaluated, from 0
 * @param byStatus how many units have each status, in status order; statuses no unit has are absent; not null
 * @param inputSha256 the lower-case hex SHA-256 of the input bytes, not null
 */
public record BatchSummary(long units, Map<UnitStatus, Long> byStatus, String inputSha256) {

  /** @throws NullPointerException if an argument is null */
  public BatchSummary {
    EnumMap<UnitStatus, Long> copy = new EnumMap<>(UnitStatus.class);
    byStatus.forEach((status, count) -> copy.put(Objects.requireNonNull(status, "status"),
        Objects.requireNonNull(count, "count")));
    byStatus = Collections.unmodifiableMap(copy);
    Objects.requireNonNull(inputSha256, "inputSha256");
  }

  /**
   * Returns how many units have a status.
   *
   * @param status the status, not null
   * @return the count, from 0
   */
  public long count(UnitStatus status) {
    return byStatus.getOrDefault(Objects.requireNonNull(status, "status"), 0L);
  }
}
