package org.phaseout;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import org.phaseout.capacity.ProductionUnit;
import org.phaseout.catalogue.CatalogueEdition;
import org.phaseout.catalogue.CatalogueEntry;
import org.phaseout.catalogue.CatalogueSet;
import org.phaseout.catalogue.CatalogueStatus;
import org.phaseout.internal.eval.EntryEvaluation;
import org.phaseout.internal.eval.UnitValidation;
import org.phaseout.internal.json.CanonicalJson;
import org.phaseout.internal.json.CatalogueJson;
import org.phaseout.internal.json.CatalogueLoading;
import org.phaseout.internal.json.Problems;
import org.phaseout.internal.json.UnitsJson;
import org.phaseout.measure.IncompatibleUnitException;

/**
 * Evaluates production units against loaded catalogues (合规评估器): for each unit, one {@link Finding} per applicable
 * entry of each catalogue edition in force, and an overall {@link UnitStatus}.
 *
 * <pre>{@code
 * ComplianceEvaluator evaluator = ComplianceEvaluator.of(Catalogues.loadBundled());
 * ComplianceReport report = evaluator.evaluate(units, LocalDate.of(2025, 12, 31));
 * }</pre>
 *
 * <p>Evaluation is deterministic: it reads no clock, default locale, default charset or hash order, and the report is
 * the same for the same units in any order. Missing data gives {@link Verdict#INSUFFICIENT_DATA}, never a pass.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ComplianceEvaluator {

  private static final String ENGINE_VERSION = engineVersion();

  private final CatalogueSet catalogues;
  private final ExplanationLevel explanation;
  private final ProgressListener progress;
  private final EntryEvaluation entries;
  private final UnitValidation validation;

  private ComplianceEvaluator(CatalogueSet catalogues, ExplanationLevel explanation, ProgressListener progress) {
    this.catalogues = catalogues;
    this.explanation = explanation;
    this.progress = progress;
    this.entries = new EntryEvaluation(catalogues.vocabulary(), explanation == ExplanationLevel.FULL);
    this.validation = new UnitValidation(catalogues.vocabulary());
  }

  /**
   * Returns an evaluator for a catalogue snapshot, with full explanations.
   *
   * @param catalogues the catalogues, not null
   * @return the evaluator, not null
   * @throws NullPointerException if {@code catalogues} is null
   */
  public static ComplianceEvaluator of(CatalogueSet catalogues) {
    return builder().catalogues(catalogues).build();
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** @return the explanation level of the findings */
  public ExplanationLevel explanationLevel() {
    return explanation;
  }

  /**
   * Builds a {@link ComplianceEvaluator}; {@link #build()} rejects a missing catalogue snapshot. Not thread-safe.
   */
  public static final class Builder {
    private CatalogueSet catalogues;
    private ExplanationLevel explanation = ExplanationLevel.FULL;
    private ProgressListener progress = ProgressListener.NONE;

    private Builder() {}

    /**
     * Sets a listener told after each unit how far an evaluation has come; none by default.
     *
     * @param listener the listener, not null
     * @return this builder
     */
    public Builder progress(ProgressListener listener) {
      this.progress = Objects.requireNonNull(listener, "listener");
      return this;
    }

    /**
     * Sets the catalogues.
     *
     * @param catalogues the snapshot, not null
     * @return this builder
     */
    public Builder catalogues(CatalogueSet catalogues) {
      this.catalogues = Objects.requireNonNull(catalogues, "catalogues");
      return this;
    }

    /**
     * Sets how much of the reasoning findings carry; {@link ExplanationLevel#FULL} by default.
     *
     * @param level the level, not null
     * @return this builder
     */
    public Builder explanation(ExplanationLevel level) {
      this.explanation = Objects.requireNonNull(level, "level");
      return this;
    }

    /**
     * Returns the evaluator.
     *
     * @return the evaluator, not null
     * @throws IllegalStateException if no catalogues were set
     */
    public ComplianceEvaluator build() {
      if (catalogues == null) {
        throw new IllegalStateException("a ComplianceEvaluator needs catalogues: call catalogues(...) before build()");
      }
      return new ComplianceEvaluator(catalogues, explanation, progress);
    }
  }

  /** @return the catalogues this evaluator uses */
  public CatalogueSet catalogues() {
    return catalogues;
  }

  /** @return the version of the Phaseout engine, recorded in every receipt */
  public static String engineVersion() {
    if (ENGINE_VERSION != null) {
      return ENGINE_VERSION;
    }
    try (InputStream in = ComplianceEvaluator.class.getResourceAsStream("engine.properties")) {
      if (in == null) {
        return "development";
      }
      Properties p = new Properties();
      p.load(in);
      return p.getProperty("version", "development");
    } catch (IOException e) {
      return "development";
    }
  }

  /**
   * Evaluates one unit.
   *
   * @param unit the unit, not null
   * @param asOf which law applies, not null
   * @return the report, not null
   * @throws InvalidInputException if the unit does not fit the vocabulary
   */
  public ComplianceReport evaluate(ProductionUnit unit, LocalDate asOf) {
    return evaluate(List.of(Objects.requireNonNull(unit, "unit")), asOf, asOf);
  }

  /**
   * Evaluates units with the editions in force on {@code asOf}, as published by then.
   *
   * @param units the units, not null, ids unique
   * @param asOf which law applies, not null
   * @return the report, not null
   * @throws InvalidInputException if a unit does not fit the vocabulary or ids repeat
   */
  public ComplianceReport evaluate(Collection<ProductionUnit> units, LocalDate asOf) {
    return evaluate(units, asOf, asOf);
  }

  /**
   * Evaluates units with the editions in force on {@code asOf} among those published by {@code knownAt}: "what would
   * we have decided on that day".
   *
   * @param units the units, not null, ids unique
   * @param asOf which law applies, not null
   * @param knownAt which editions had been published, not null
   * @return the report, not null
   * @throws InvalidInputException if a unit does not fit the vocabulary or ids repeat
   * @throws NullPointerException if an argument or a unit is null
   */
  public ComplianceReport evaluate(Collection<ProductionUnit> units, LocalDate asOf, LocalDate knownAt) {
    Objects.requireNonNull(units, "units");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(knownAt, "knownAt");
    List<ProductionUnit> sorted = new ArrayList<>(units);
    sorted.forEach(u -> Objects.requireNonNull(u, "units must not contain null"));
    sorted.sort(Comparator.comparing(ProductionUnit::id));
    validate(sorted);

    List<CatalogueStatus> statuses = catalogues.select(asOf, knownAt);
    List<CatalogueEdition> inForce = statuses.stream().flatMap(s -> s.edition().stream()).toList();
    List<Scoped> scoped = new ArrayList<>();
    for (CatalogueEdition edition : inForce) {
      edition.effectiveEntries().forEach(e -> scoped.add(new Scoped(edition, e)));
    }
    scoped.sort(Comparator.comparing(s -> s.entry().id()));
    // index by unit kind, so each unit is checked only against the entries that can apply to it
    java.util.Map<String, List<Scoped>> byKind = new java.util.HashMap<>();
    for (Scoped s : scoped) {
      for (String kind : s.entry().applicability().unitKinds()) {
        byKind.computeIfAbsent(kind, k -> new ArrayList<>()).add(s);
      }
    }

    List<UnitAssessment> assessments = new ArrayList<>(sorted.size());
    List<InvalidInputException.Problem> problems = new ArrayList<>();
    for (ProductionUnit unit : sorted) {
      List<Finding> findings = new ArrayList<>();
      for (Scoped s : byKind.getOrDefault(unit.kind(), List.of())) {
        if (s.entry().applicability().appliesTo(unit)) {
          try {
            entries.evaluate(s.edition(), s.entry(), unit, asOf).ifPresent(findings::add);
          } catch (IncompatibleUnitException e) {
            problems.add(new InvalidInputException.Problem("unit " + unit.id(), "",
                "cannot be compared with entry " + s.entry().id() + ": " + e.getMessage()));
          }
        }
      }
      assessments.add(new UnitAssessment(unit.id(), unit.enterprise().creditCode().toString(),
          unit.enterprise().name(), unit.kind(), UnitAssessment.statusOf(findings), findings));
      progress.unitsDone(assessments.size(), sorted.size());
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    List<Coverage> coverage = inForce.stream().map(Coverage::of).toList();
    List<Receipt.EditionUsed> used = inForce.stream()
        .map(e -> new Receipt.EditionUsed(e.key(), e.documentNumber(), e.sha256(),
            e.overlays().stream().map(o -> new Receipt.OverlayUsed(o.id(), o.sha256())).toList()))
        .toList();
    String inputSha = CatalogueLoading.sha256(CanonicalJson.write(UnitsJson.write(sorted)));
    Receipt receipt = new Receipt(engineVersion(), CatalogueJson.SCHEMA_VERSION, used, asOf, knownAt, inputSha);
    return new ComplianceReport(asOf, knownAt, statuses, coverage, assessments, receipt);
  }

  private void validate(List<ProductionUnit> units) {
    List<InvalidInputException.Problem> problems = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (ProductionUnit unit : units) {
      Problems p = new Problems("unit " + unit.id());
      if (!ids.add(unit.id())) {
        p.add("/id", "unit id '" + unit.id() + "' is given more than once");
      }
      validation.check(unit, p, "");
      p.list().forEach(x -> problems.add(new InvalidInputException.Problem(x.origin(), x.pointer(), x.message())));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
  }

  private record Scoped(CatalogueEdition edition, CatalogueEntry entry) {}

  @Override
  public String toString() {
    return "ComplianceEvaluator[" + catalogues + "]";
  }
}
