package org.phaseout.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.phaseout.internal.json.CatalogueLoading;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads catalogue files into an immutable {@link CatalogueSet} (目录加载).
 *
 * <p>Files are JSON documents of two types: a vocabulary ({@code "type": "vocabulary"}) and catalogue editions
 * ({@code "type": "catalogue"}); their format is documented in {@code docs/catalogue-format.md} and by the JSON
 * Schemas shipped in this jar under {@code org/phaseout/schema/}. Sources are added to a {@link Loader}; nothing is
 * read until {@link Loader#load()}, which validates everything at once and either returns a complete snapshot or
 * throws a {@link CatalogueException} listing every problem. The result does not depend on the order in which files
 * are added.
 *
 * <pre>{@code
 * CatalogueSet catalogues = Catalogues.loader()
 *     .addBundled()                                  // the catalogues of phaseout-catalogs
 *     .addDirectory(Path.of("/etc/agency/overlays")) // local additions
 *     .load();
 * }</pre>
 */
public final class Catalogues {

  /**
   * The classpath resource that lists bundled catalogue files, one resource path per line. Every jar on the
   * classpath may contribute one.
   */
  public static final String BUNDLE_INDEX = "META-INF/phaseout/catalogues.list";

  private static final Logger LOG = LoggerFactory.getLogger(Catalogues.class);

  private Catalogues() {}

  /** @return a new, empty loader */
  public static Loader loader() {
    return new Loader();
  }

  /**
   * Loads the catalogues bundled on the classpath, a shortcut for {@code loader().addBundled().load()}.
   *
   * @return the snapshot, not null
   * @throws CatalogueException if no bundled catalogues are found or they are invalid
   */
  public static CatalogueSet loadBundled() throws CatalogueException {
    return loader().addBundled().load();
  }

  /**
   * Collects catalogue sources and loads them. Adding a source only records it; reading and validation happen in
   * {@link #load()}, so a missing file is reported there with the other problems. Not thread-safe; a loader may be
   * loaded more than once.
   */
  public static final class Loader {

    private final List<Source> sources = new ArrayList<>();

    private Loader() {}

    private sealed interface Source {}

    private record Bundled(ClassLoader classLoader) implements Source {}

    private record Directory(Path path) implements Source {}

    private record File(Path path) implements Source {}

    private record Json(String origin, byte[] content) implements Source {}

    /**
     * Adds the catalogues bundled on the classpath of this library's class loader: every resource listed in a
     * {@value #BUNDLE_INDEX} file.
     *
     * @return this loader
     */
    public Loader addBundled() {
      return addBundled(Catalogues.class.getClassLoader());
    }

    /**
     * Adds the catalogues bundled on the classpath of a class loader.
     *
     * @param classLoader the class loader, not null
     * @return this loader
     * @throws NullPointerException if {@code classLoader} is null
     */
    public Loader addBundled(ClassLoader classLoader) {
      sources.add(new Bundled(Objects.requireNonNull(classLoader, "classLoader")));
      return this;
    }

    /**
     * Adds every {@code *.json} file under a directory, recursively.
     *
     * @param directory the directory, not null
     * @return this loader
     * @throws NullPointerException if {@code directory} is null
     */
    public Loader addDirectory(Path directory) {
      sources.add(new Directory(Objects.requireNonNull(directory, "directory")));
      return this;
    }

    /**
     * Adds one file.
     *
     * @param file the file, not null
     * @return this loader
     * @throws NullPointerException if {@code file} is null
     */
    public Loader addFile(Path file) {
      sources.add(new File(Objects.requireNonNull(file, "file")));
      return this;
    }

    /**
     * Adds a document held in memory.
     *
     * @param origin the name problems are reported under, not null
     * @param content the UTF-8 JSON bytes, not null
     * @return this loader
     * @throws NullPointerException if an argument is null
     */
    public Loader addJson(String origin, byte[] content) {
      sources.add(new Json(Objects.requireNonNull(origin, "origin"), Objects.requireNonNull(content, "content").clone()));
      return this;
    }

    /**
     * Reads and validates every source and returns the snapshot.
     *
     * @return the snapshot, not null
     * @throws CatalogueException listing every problem found, if any
     */
    public CatalogueSet load() throws CatalogueException {
      Map<String, byte[]> documents = new LinkedHashMap<>();
      List<CatalogueProblem> problems = new ArrayList<>();
      for (Source source : sources) {
        collect(source, documents, problems);
      }
      if (documents.isEmpty() && problems.isEmpty()) {
        problems.add(new CatalogueProblem("(loader)", "", "no catalogue files were added"));
      }
      CatalogueLoading.Result result = CatalogueLoading.load(documents);
      problems.addAll(result.problems());
      if (!problems.isEmpty()) {
        throw new CatalogueException(problems);
      }
      List<CatalogueEdition> editions = new ArrayList<>();
      for (CatalogueEdition edition : result.editions()) {
        List<Overlay> mine = result.overlays().stream().filter(o -> o.target().equals(edition.key())).toList();
        editions.add(mine.isEmpty() ? edition : edition.withOverlays(mine));
      }
      CatalogueSet set = new CatalogueSet(result.vocabulary(), editions, documents);
      LOG.debug("loaded {}", set);
      return set;
    }

    private static void collect(Source source, Map<String, byte[]> documents, List<CatalogueProblem> problems) {
      if (source instanceof Json json) {
        put(documents, problems, json.origin(), json.content());
      } else if (source instanceof File file) {
        readFile(file.path(), documents, problems);
      } else if (source instanceof Directory dir) {
        if (!Files.isDirectory(dir.path())) {
          problems.add(new CatalogueProblem(dir.path().toString(), "", "expected a readable directory"));
          return;
        }
        try (Stream<Path> walk = Files.walk(dir.path())) {
          walk.filter(p -> p.getFileName().toString().endsWith(".json") && Files.isRegularFile(p))
              .map(Path::toString)
              .sorted()
              .forEach(p -> readFile(Path.of(p), documents, problems));
        } catch (IOException | java.io.UncheckedIOException e) {
          problems.add(new CatalogueProblem(dir.path().toString(), "", "cannot list the directory: " + e.getMessage()));
        }
      } else if (source instanceof Bundled bundled) {
        readBundle(bundled.classLoader(), documents, problems);
      }
    }

    private static void readFile(Path path, Map<String, byte[]> documents, List<CatalogueProblem> problems) {
      try {
        put(documents, problems, path.toString(), Files.readAllBytes(path));
      } catch (IOException e) {
        problems.add(new CatalogueProblem(path.toString(), "", "cannot read the file: " + e.getClass().getSimpleName()
            + (e.getMessage() == null ? "" : " " + e.getMessage())));
      }
    }

    private static void readBundle(ClassLoader loader, Map<String, byte[]> documents, List<CatalogueProblem> problems) {
      TreeSet<String> resources = new TreeSet<>();
      try {
        Enumeration<URL> indexes = loader.getResources(BUNDLE_INDEX);
        while (indexes.hasMoreElements()) {
          try (InputStream in = indexes.nextElement().openStream()) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n", -1)) {
              String name = line.strip();
              if (!name.isEmpty() && !name.startsWith("#")) {
                resources.add(name);
              }
            }
          }
        }
      } catch (IOException e) {
        problems.add(new CatalogueProblem(BUNDLE_INDEX, "", "cannot read the bundle index: " + e.getMessage()));
        return;
      }
      if (resources.isEmpty()) {
        problems.add(new CatalogueProblem(BUNDLE_INDEX, "",
            "no bundled catalogues on the classpath; add the dependency org.phaseout:phaseout-catalogs"));
      }
      for (String name : resources) {
        try (InputStream in = loader.getResourceAsStream(name)) {
          if (in == null) {
            problems.add(new CatalogueProblem("classpath:" + name, "", "listed in " + BUNDLE_INDEX + " but not found"));
          } else {
            put(documents, problems, "classpath:" + name, in.readAllBytes());
          }
        } catch (IOException e) {
          problems.add(new CatalogueProblem("classpath:" + name, "", "cannot read the resource: " + e.getMessage()));
        }
      }
    }

    private static void put(Map<String, byte[]> documents, List<CatalogueProblem> problems, String origin, byte[] b) {
      byte[] previous = documents.putIfAbsent(origin, b);
      if (previous != null && !java.util.Arrays.equals(previous, b)) {
        problems.add(new CatalogueProblem(origin, "", "added twice with different content"));
      }
    }
  }
}
