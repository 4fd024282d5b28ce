package io.structseq.processor;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ModuleElement;
import javax.lang.model.element.ModuleElement.RequiresDirective;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * Whether a generated record may carry {@code @javax.annotation.processing.Generated}, or refer to
 * another type from outside its own module (JSpecify's {@code Nullable}).
 *
 * <p>That annotation lives in the module {@code java.compiler}. Code in the unnamed module reads every
 * module, but a named module reads only what its {@code module-info}
 * requires, directly or through a {@code requires transitive} chain. Writing the annotation into a
 * named module that does not read {@code java.compiler} would make javac reject our own output
 * ("package javax.annotation.processing is not visible"), so the record is written without it
 * there. The annotation has source retention: nothing at run time or in a class file changes.
 * A module gets it back with {@code requires static java.compiler;}.
 */
final class GeneratedAnnotation {
  static final String MODULE = "java.compiler";

  private GeneratedAnnotation() {}

  /** Returns whether the code of {@code element}'s module can refer to {@code Generated}. */
  static boolean visibleFrom(Elements elements, Element element) {
    return reads(elements, element, MODULE);
  }

  /**
   * Returns whether the code of {@code element}'s module can refer to {@code type}: the same test
   *     for a type of any other module ({@code org.jspecify}), or of the class path, which only the
   *     unnamed module reads.
   */
  static boolean visibleFrom(Elements elements, Element element, Element type) {
    ModuleElement target = elements.getModuleOf(type);
    if (target == null) {
      return true;
    }
    if (target.isUnnamed()) {
      ModuleElement module = elements.getModuleOf(element);
      return module == null || module.isUnnamed();
    }
    return reads(elements, element, target.getQualifiedName().toString());
  }

  private static boolean reads(Elements elements, Element element, String moduleName) {
    ModuleElement module = elements.getModuleOf(element);
    if (module == null || module.isUnnamed() || module.getQualifiedName().contentEquals(moduleName)) {
      return true;
    }
    // A module being compiled is never automatic. It reads what it requires (static included, at
    // compile time), and what those require transitively.
    Set<String> seen = new HashSet<>();
    Deque<ModuleElement> todo = new ArrayDeque<>();
    todo.add(module);
    boolean direct = true;
    while (!todo.isEmpty()) {
      ModuleElement current = todo.poll();
      for (RequiresDirective requires : directives(current)) {
        if (!direct && !requires.isTransitive()) {
          continue;
        }
        ModuleElement target = requires.getDependency();
        if (target.getQualifiedName().contentEquals(moduleName)) {
          return true;
        }
        if (seen.add(target.getQualifiedName().toString())) {
          todo.add(target);
        }
      }
      direct = false;
    }
    return false;
  }

  private static Iterable<RequiresDirective> directives(ModuleElement module) {
    return ElementFilter.requiresIn(module.getDirectives());
  }
}
