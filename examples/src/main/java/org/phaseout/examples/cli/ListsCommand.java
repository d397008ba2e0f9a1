package org.phaseout.examples.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.phaseout.capacity.ProductionUnit;
import org.phaseout.catalogue.CatalogueSet;
import org.phaseout.lifecycle.ListRow;
import org.phaseout.lifecycle.PublicLists;
import org.phaseout.lifecycle.TrackedCase;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code phaseout lists}: the yellow and red lists and the credit records on a date. */
@Command(name = "lists", mixinStandardHelpOptions = true,
    description = "Write the yellow list (黄牌: to rectify by a deadline), the red list (红牌: still failing after "
        + "rectification and closed) or the credit records (past their deadline) on a date, as CSV or JSON.")
final class ListsCommand implements Callable<Integer> {

  @Option(names = "--as-of", required = true, paramLabel = "YYYY-MM-DD", description = "The list's date.")
  LocalDate asOf;

  @Option(names = "--list", required = true, paramLabel = "yellow|red|credit", description = "Which list.")
  String list;

  @Mixin
  SheetOutput output;

  @Mixin
  CaseInputs inputs;

  @Mixin
  CatalogueOptions catalogues;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    if (!List.of("yellow", "red", "credit").contains(list) || !output.isValid()) {
      err.println("phaseout lists: --list must be yellow, red or credit and --format csv or json");
      return PhaseoutCommand.BAD_INPUT;
    }
    return CommandFailures.run("lists", err, () -> {
      CatalogueSet set = catalogues.load();
      List<ProductionUnit> units = inputs.units(set);
      List<TrackedCase> cases = inputs.cases(set, units);
      PublicLists lists = PublicLists.of(set);
      List<ListRow> rows = switch (list) {
        case "yellow" -> lists.yellow(cases, asOf);
        case "red" -> lists.red(cases, asOf);
        default -> lists.creditRecords(cases, asOf);
      };
      output.write(() -> PublicLists.toCsv(rows), () -> PublicLists.toJson(list, asOf, rows),
          spec.commandLine().getOut());
      return 0;
    });
  }
}
