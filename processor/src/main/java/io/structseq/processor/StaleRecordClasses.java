package io.structseq.processor;

import com.palantir.javapoet.ClassName;
import com.sun.source.util.Trees;
import java.io.IOException;
import java.lang.module.ModuleDescriptor;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.Filer;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.tools.StandardLocation;

/**
 * Works around JDK-8332297 (fixed in JDK 23): javac 17 to 22 crashes with a {@code NullPointerException}
 * ({@code "rc.accessor" is null}) when a processor generates the source of a record whose class file
 * javac has already loaded, which is what a rebuild does when the output folder of an earlier build is
 * on the class path. Before the record is written, this deletes the record's own class files from that
 * earlier build in {@code CLASS_OUTPUT}, so javac has nothing to load; when javac had loaded the record
 * before the processor ran (another source of the compilation refers to it), it reports one error
 * instead of letting javac crash.
 */
final class StaleRecordClasses {
  /** The first javac that re-enters a record read from a class file correctly. */
  static final int FIXED_IN = 23;

  private final Filer filer;
  private final Elements elements;
  private final ErrorReporter reporter;
  private final Optional<String> affectedJavac;
  /** javac's source trees; null in a build tool's wrapper of javac's environment. */
  private final Trees trees;
  /** Output folders by location and package; see {@link #folder}. */
  private final Map<String, Optional<Path>> folders = new HashMap<>();

  StaleRecordClasses(ProcessingEnvironment env, ErrorReporter reporter) {
    this.filer = env.getFiler();
    this.elements = env.getElementUtils();
    this.reporter = reporter;
    this.affectedJavac = affectedJavac(env);
    this.trees = affectedJavac.isPresent() ? Compilers.javacTrees(env) : null;
  }

  /**
   * Prepares to write {@code recordName}, the record generated for {@code type}.
   *
   * @param nestedNames the simple names of the record's nested classes
   * @param sourceTypeNames qualified names of the types declared by the sources of this compilation
   * @return whether the record can be written; if not, an error has been reported on {@code type}
   */
  boolean prepare(TypeElement type, ClassName recordName, List<String> nestedNames, Set<String> sourceTypeNames) {
    if (affectedJavac.isEmpty()) {
      return true;
    }
    String record = recordName.canonicalName();
    String packageName = recordName.packageName();
    String simpleName = recordName.simpleName();
    boolean deleted = delete(StandardLocation.CLASS_OUTPUT, packageName, simpleName + ".class");
    for (String nested : nestedNames) {
      deleted |= delete(StandardLocation.CLASS_OUTPUT, packageName, simpleName + "$" + nested + ".class");
    }
    if (sourceTypeNames.contains(record) || !loadedFromClassFile(record)) {
      return true;
    }
    if (deleted) {
      // The earlier build's source of the record goes too: a build tool that compiles the stale files
      // only (Maven without incremental compilation) would pass it to javac as an input of its own.
      delete(StandardLocation.SOURCE_OUTPUT, packageName, simpleName + ".java");
      reporter.error(type, "[StructSeqStaleRecord] %s was not generated: javac %s had already read its"
          + " class file from an earlier build, because another source of this compilation refers to it,"
          + " and javac before %d crashes when the record's new source is generated then (JDK-8332297)."
          + " The record's files from the earlier build are deleted now, so compiling again works; to"
          + " avoid this, build cleanly (`mvn clean compile`, or your IDE's rebuild) or use JDK %d or later",
          simpleName, affectedJavac.get(), FIXED_IN, FIXED_IN);
    } else {
      reporter.error(type, "[StructSeqStaleRecord] %s was not generated: javac %s found a class file of"
          + " it on the class path, and javac before %d crashes when the record's new source is generated"
          + " then (JDK-8332297). Remove the old %s from the class path, or compile with JDK %d or later",
          simpleName, affectedJavac.get(), FIXED_IN, simpleName, FIXED_IN);
    }
    return false;
  }

  /**
   * Whether javac holds {@code record} as read from a class file. Ours are deleted by now, so this
   * finds only a class javac had read before, or one elsewhere on the class path (which javac's
   * {@code Filer} would read as well). A stale generated source on the source path is harmless, and
   * has a tree; without {@link Trees} (a build tool's wrapper of javac's environment) any type found
   * counts, since an error is better than a crash.
   */
  private boolean loadedFromClassFile(String record) {
    // javac's getTypeElement(name) tries every module (about seventy with --release 17), but caches
    // the answer for the round: the filer's createSourceFile asks the same right after.
    TypeElement existing = elements.getTypeElement(record);
    return existing != null && (trees == null || trees.getTree(existing) == null);
  }

  /**
   * Deletes one of our files from an output folder; @return whether there was one. Only a folder laid
   * out by package is one javac reads back: without {@code -d}, javac's {@code CLASS_OUTPUT} is the
   * working directory, flat, and nothing there is ours to delete.
   */
  private boolean delete(StandardLocation location, String packageName, String fileName) {
    Optional<Path> folder = folders.computeIfAbsent(location + " " + packageName,
        key -> folder(location, packageName, fileName));
    if (folder.isEmpty()) {
      return false;
    }
    Path file = folder.get().resolve(fileName);
    try {
      return Files.deleteIfExists(file);
    } catch (IOException e) {
      // Not deleted (a name too long for the file system, no permission): if javac reads it, the
      // error below says so.
      return false;
    }
  }

  /**
   * The folder of {@code packageName} in an output {@code location}, asked of the filer once per
   * package: javac's {@code Filer.getResource} compares its answer with every file created so far,
   * which made two calls per record quadratic in the number of records. Empty when the location is
   * not a folder laid out by package (a JAR, memory, or javac's flat working directory without
   * {@code -d}), which holds nothing javac reads back during this compilation.
   */
  private Optional<Path> folder(StandardLocation location, String packageName, String fileName) {
    URI uri;
    try {
      uri = filer.getResource(location, packageName, fileName).toUri();
    } catch (IOException | IllegalArgumentException e) {
      return Optional.empty(); // nothing of ours to delete
    }
    // javac's Filer refuses FileObject.delete(); an output that is not a folder (a JAR, memory) is
    // one javac does not read back during this compilation anyway.
    if (!"file".equals(uri.getScheme())) {
      return Optional.empty();
    }
    Path file = Path.of(uri);
    if (!file.endsWith(Path.of("", packageName.split("\\.")).resolve(fileName))) {
      return Optional.empty();
    }
    return Optional.of(file.getParent());
  }

  /**
   * @return the version of the javac that runs us if it has the bug, else empty (a fixed javac, or
   *     another compiler such as Eclipse's, whose build keeps its own class files)
   */
  private static Optional<String> affectedJavac(ProcessingEnvironment env) {
    Module compiler = env.getClass().getModule();
    if (!"jdk.compiler".equals(compiler.getName())) {
      // Not javac's own environment: Eclipse's, or a build tool's wrapper around javac's (Gradle).
      if (Compilers.isEclipse(env)) {
        return Optional.empty();
      }
      return affected(Runtime.version());
    }
    // jdk.compiler is a module of the JDK that runs javac, so its version is javac's.
    Optional<Runtime.Version> version = Optional.ofNullable(compiler.getDescriptor())
        .flatMap(ModuleDescriptor::rawVersion)
        .flatMap(StaleRecordClasses::parse);
    return affected(version.orElse(Runtime.version()));
  }

  private static Optional<Runtime.Version> parse(String version) {
    try {
      return Optional.of(Runtime.Version.parse(version));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static Optional<String> affected(Runtime.Version version) {
    return version.feature() < FIXED_IN ? Optional.of(version.toString()) : Optional.empty();
  }
}
