package org.phaseout;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.phaseout.capacity.ProductionUnit;
import org.phaseout.catalogue.CatalogueEdition;
import org.phaseout.catalogue.CatalogueEntry;
import org.phaseout.catalogue.CatalogueSet;
import org.phaseout.catalogue.CatalogueStatus;
import org.phaseout.internal.eval.EntryEvaluation;
import org.phaseout.internal.eval.PreparedEntry;
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
  private final int parallelism;
  private final EntryEvaluation entries;
  private final UnitValidation validation;
  /** The plan made last: callers mostly evaluate unit after unit for the same dates. */
  private volatile Plan lastPlan;

  private ComplianceEvaluator(CatalogueSet catalogues, ExplanationLevel explanation, ProgressListener progress,
      int parallelism) {
    this.catalogues = catalogues;
    this.parallelism = parallelism;
    this.explanation = explanation;
    this.progress = progress;
    this.entries = new EntryEvaluation(catalogues.vocabulary(), explanation == ExplanationLevel.FULL);
    this.validation = UnitValidation.of(catalogues.vocabulary());
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
    private int parallelism = Runtime.getRuntime().availableProcessors();

    private Builder() {}

    /**
     * Sets how many threads the streaming methods ({@link ComplianceEvaluator#evaluateEach},
     * {@link ComplianceEvaluator#evaluateNdjson}) use; the number of available processors by default. Results do not
     * depend on it.
     *
     * @param threads the thread count, from 1; checked at {@link #build()}
     * @return this builder
     */
    public Builder parallelism(int threads) {
      this.parallelism = threads;
      return this;
    }

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
     * @throws IllegalStateException if no catalogues were set or the parallelism is below 1
     */
    public ComplianceEvaluator build() {
      if (catalogues == null) {
        throw new IllegalStateException("a ComplianceEvaluator needs catalogues: call catalogues(...) before build()");
      }
      if (parallelism < 1) {
        throw new IllegalStateException("parallelism must be at least 1, was " + parallelism);
      }
      return new ComplianceEvaluator(catalogues, explanation, progress, parallelism);
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

    Plan plan = plan(asOf, knownAt);
    List<UnitAssessment> assessments = new ArrayList<>(sorted.size());
    List<InvalidInputException.Problem> problems = new ArrayList<>();
    for (ProductionUnit unit : sorted) {
      assessments.add(assess(plan, unit, problems));
      progress.unitsDone(assessments.size(), sorted.size());
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    String inputSha = CatalogueLoading.sha256(CanonicalJson.write(UnitsJson.write(sorted)));
    Receipt receipt = receipt(plan, inputSha);
    return new ComplianceReport(asOf, knownAt, plan.statuses(), plan.coverage(), assessments, receipt, explanation);
  }

  /**
   * Selects the editions in force, prepares their entries for the as-of date and indexes them by unit kind and by the
   * text facts their scopes require, in entry id order; the plan of the dates asked for last is kept and reused.
   */
  Plan plan(LocalDate asOf, LocalDate knownAt) {
    Plan last = lastPlan;
    if (last != null && last.asOf().equals(asOf) && last.knownAt().equals(knownAt)) {
      return last;
    }
    Plan plan = newPlan(asOf, knownAt);
    lastPlan = plan;
    return plan;
  }

  private Plan newPlan(LocalDate asOf, LocalDate knownAt) {
    List<CatalogueStatus> statuses = catalogues.select(asOf, knownAt);
    List<CatalogueEdition> inForce = statuses.stream().flatMap(s -> s.edition().stream()).toList();
    List<Map.Entry<CatalogueEdition, CatalogueEntry>> scoped = new ArrayList<>();
    for (CatalogueEdition edition : inForce) {
      edition.effectiveEntries().forEach(e -> scoped.add(Map.entry(edition, e)));
    }
    scoped.sort(Comparator.comparing(s -> s.getValue().id()));
    List<PreparedEntry> prepared = new ArrayList<>(scoped.size());
    for (Map.Entry<CatalogueEdition, CatalogueEntry> s : scoped) {
      prepared.add(new PreparedEntry(s.getKey(), s.getValue(), prepared.size(), asOf));
    }
    return new Plan(asOf, knownAt, statuses, inForce, inForce.stream().map(Coverage::of).toList(),
        new EntryIndex(prepared));
  }

  Receipt receipt(Plan plan, String inputSha) {
    List<Receipt.EditionUsed> used = plan.inForce().stream()
        .map(e -> new Receipt.EditionUsed(e.key(), e.documentNumber(), e.sha256(),
            e.overlays().stream().map(o -> new Receipt.OverlayUsed(o.id(), o.sha256())).toList()))
        .toList();
    return new Receipt(engineVersion(), CatalogueJson.SCHEMA_VERSION, used, plan.asOf(), plan.knownAt(), inputSha);
  }

  /**
   * Evaluates a stream of units (流式批量评估) with the editions in force on {@code asOf} among those published by
   * {@code knownAt}, handing each assessment to {@code sink} in input order, on the calling thread. Memory stays
   * bounded whatever the number of units: the units are read from {@code units} on the calling thread a chunk at a
   * time, at most {@code 2 × parallelism} chunks are in flight, and evaluation uses {@link Builder#parallelism(int)}
   * threads. The assessments are the same, in the same order, for any parallelism.
   *
   * <p>Each unit is checked on its own; unlike {@link #evaluate(Collection, LocalDate, LocalDate)}, repeated unit ids
   * across the stream are not detected (that would need memory proportional to the input). The progress listener is
   * not called, since the total is unknown.
   *
   * @param units the units, not null, no null element; read once
   * @param asOf which law applies, not null
   * @param knownAt which editions had been published, not null
   * @param sink receives each assessment, not null
   * @throws InvalidInputException at the first chunk (of {@value BatchEvaluation#CHUNK} units) with a unit that does
   *     not fit the vocabulary or cannot be compared, listing that chunk's problems; assessments before it have been
   *     handed on
   * @throws NullPointerException if an argument or a unit is null
   */
  public void evaluateEach(Iterator<? extends ProductionUnit> units, LocalDate asOf, LocalDate knownAt,
      Consumer<? super UnitAssessment> sink) {
    Objects.requireNonNull(units, "units");
    Objects.requireNonNull(sink, "sink");
    new BatchEvaluation(this, plan(Objects.requireNonNull(asOf, "asOf"), Objects.requireNonNull(knownAt, "knownAt")),
        parallelism).each(units, sink);
  }

  /**
   * Evaluates NDJSON units (one unit per line, as read by {@link ProductionUnits#readNdjson}) into a streamed NDJSON
   * report, in bounded memory and on {@link Builder#parallelism(int)} threads: a {@code compliance-stream-header} line
   * (dates, receipt without input hash, catalogues, coverage), one assessment line per unit in input order, and a
   * {@code compliance-stream-trailer} line (unit count, counts by status, the SHA-256 of the input bytes, the entries
   * cited). The output is byte-identical for any parallelism. A stream without its trailer is incomplete. The streams
   * are not closed.
   *
   * @param origin the name problems are reported under, with line numbers, not null
   * @param in the UTF-8 NDJSON input, not null
   * @param out where the report is written, not null
   * @param asOf which law applies, not null
   * @param knownAt which editions had been published, not null
   * @return the counts and input hash, not null
   * @throws InvalidInputException at the first chunk with a bad line, listing that chunk's problems by line and JSON
   *     Pointer; the output then has no trailer
   * @throws IOException if reading or writing fails
   * @throws NullPointerException if an argument is null
   */
  public BatchSummary evaluateNdjson(String origin, InputStream in, OutputStream out, LocalDate asOf,
      LocalDate knownAt) throws IOException {
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(out, "out");
    return new BatchEvaluation(this, plan(Objects.requireNonNull(asOf, "asOf"),
        Objects.requireNonNull(knownAt, "knownAt")), parallelism).ndjson(origin, in, out);
  }

  /** Evaluates one validated unit; comparison problems are added to {@code problems}. */
  UnitAssessment assess(Plan plan, ProductionUnit unit, List<InvalidInputException.Problem> problems) {
    List<PreparedEntry> candidates = plan.index().candidates(unit);
    List<Finding> findings = new ArrayList<>(candidates.size());
    List<PreparedEntry> readingFindings = null;
    for (PreparedEntry p : candidates) {
      if (p.entry().applicability().appliesTo(unit)) {
        if (p.readsFindings()) {
          if (readingFindings == null) {
            readingFindings = new ArrayList<>();
          }
          readingFindings.add(p);
          continue;
        }
        try {
          Finding f = entries.evaluate(p, unit);
          if (f != null) {
            findings.add(f);
          }
        } catch (IncompatibleUnitException e) {
          problems.add(new InvalidInputException.Problem("unit " + unit.id(), "",
              "cannot be compared with entry " + p.entry().id() + ": " + e.getMessage()));
        }
      }
    }
    if (readingFindings != null) {
      // entries that read the unit's other findings (存在淘汰类产能…) are decided after them, in id order with the rest
      List<Finding> prior = List.copyOf(findings);
      for (PreparedEntry p : readingFindings) {
        Finding f = entries.evaluateAfter(p, unit, prior, plan.entriesInForce());
        if (f != null) {
          findings.add(f);
        }
      }
      findings.sort(Comparator.comparing(f -> f.entry().entryId()));
    }
    return new UnitAssessment(unit.id(), unit.enterprise().creditCode().toString(), unit.enterprise().name(),
        unit.kind(), UnitAssessment.statusOf(findings), findings);
  }

  /** Checks one unit against the vocabulary, adding problems under {@code origin}. */
  void validate(ProductionUnit unit, String origin, List<InvalidInputException.Problem> problems) {
    Problems p = new Problems(origin);
    validation.check(unit, p, "");
    p.list().forEach(x -> problems.add(new InvalidInputException.Problem(x.origin(), x.pointer(), x.message())));
  }

  private void validate(List<ProductionUnit> units) {
    List<InvalidInputException.Problem> problems = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (ProductionUnit unit : units) {
      if (!ids.add(unit.id())) {
        problems.add(new InvalidInputException.Problem("unit " + unit.id(), "/id",
            "unit id '" + unit.id() + "' is given more than once"));
      }
      validate(unit, "unit " + unit.id(), problems);
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
  }

  /** The editions in force on a pair of dates, their coverage, and their entries prepared and indexed. */
  record Plan(LocalDate asOf, LocalDate knownAt, List<CatalogueStatus> statuses, List<CatalogueEdition> inForce,
      List<Coverage> coverage, EntryIndex index, Map<String, Set<String>> entriesInForce) {
    Plan(LocalDate asOf, LocalDate knownAt, List<CatalogueStatus> statuses, List<CatalogueEdition> inForce,
        List<Coverage> coverage, EntryIndex index) {
      this(asOf, knownAt, statuses, inForce, coverage, index, inForce.stream().collect(
          Collectors.toUnmodifiableMap(CatalogueEdition::catalogueId,
              e -> e.effectiveEntries().stream().map(CatalogueEntry::id).collect(Collectors.toUnmodifiableSet()))));
    }
  }

  @Override
  public String toString() {
    return "ComplianceEvaluator[" + catalogues + "]";
  }
}
