package org.clientbase.examples.docs;

import com.sun.source.doctree.DocCommentTree;
import com.sun.source.doctree.DocTree;
import com.sun.source.doctree.ParamTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.PrimitiveTypeTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.DocTrees;
import com.sun.source.util.JavacTask;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.lang.model.element.Modifier;
import javax.lang.model.type.TypeKind;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Reads the javadoc of the public API of library sources with the JDK's compiler tree API (the
 * sources are parsed, not compiled, so generated code plays no part): what a reader of the
 * published javadoc sees is exactly what is written in these sources.
 */
final class JavadocScanner {
  /** The published library modules. */
  static final List<String> PUBLISHED = List.of("crm-core", "crm-spi", "crm-rules", "crm-memory", "crm-jdbc");

  /** One public type of the sources (named {@code Outer.Inner} when nested), with its javadoc. */
  record PublicType(String name, Path file, boolean topLevel, Tree.Kind kind, String doc,
      String superclass, List<PublicMethod> methods) {}

  /** One public method, with its parameters, whether it returns a value, and its javadoc. */
  record PublicMethod(String signature, List<String> parameters, boolean returnsValue,
      DocCommentTree doc, String text) {}

  private JavadocScanner() {}

  /**
   * Returns the Java sources of the exported API of a module: everything under
   * {@code src/main/java} except {@code internal} packages and the module descriptor.
   */
  static List<Path> apiSources(Path module) throws IOException {
    try (Stream<Path> files = Files.walk(module.resolve("src/main/java"))) {
      return files.filter(f -> f.toString().endsWith(".java"))
          .filter(f -> !f.getFileName().toString().equals("module-info.java"))
          .filter(f -> !f.getFileName().toString().equals("package-info.java"))
          .filter(f -> !f.toString().contains("/internal/"))
          .sorted().toList();
    }
  }

  /** Returns every public type (top-level or nested in public types) of the sources. */
  static List<PublicType> publicTypes(List<Path> sources) throws IOException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    try (StandardJavaFileManager files = javac.getStandardFileManager(null, Locale.ROOT, StandardCharsets.UTF_8)) {
      JavacTask task = (JavacTask) javac.getTask(null, files, null, List.of("-proc:none"), null,
          files.getJavaFileObjectsFromPaths(sources));
      DocTrees trees = DocTrees.instance(task);
      List<PublicType> types = new ArrayList<>();
      for (CompilationUnitTree unit : task.parse()) {
        Path file = Path.of(unit.getSourceFile().toUri());
        new TreePathScanner<Void, Void>() {
          @Override
          public Void visitClass(ClassTree type, Void unused) {
            boolean inInterface = getCurrentPath().getParentPath().getLeaf() instanceof ClassTree outer
                && outer.getKind() == Tree.Kind.INTERFACE;
            if (!type.getModifiers().getFlags().contains(Modifier.PUBLIC) && !inInterface) {
              return null;
            }
            boolean topLevel = getCurrentPath().getParentPath().getLeaf() instanceof CompilationUnitTree;
            boolean isInterface = type.getKind() == Tree.Kind.INTERFACE;
            List<PublicMethod> methods = new ArrayList<>();
            for (Tree member : type.getMembers()) {
              if (member instanceof MethodTree method && !method.getName().contentEquals("<init>")
                  && (isInterface ? !method.getModifiers().getFlags().contains(Modifier.PRIVATE)
                      : method.getModifiers().getFlags().contains(Modifier.PUBLIC))) {
                TreePath path = new TreePath(getCurrentPath(), method);
                List<String> parameters = method.getParameters().stream()
                    .map(p -> p.getName().toString()).toList();
                boolean returnsValue = !(method.getReturnType() instanceof PrimitiveTypeTree primitive
                    && primitive.getPrimitiveTypeKind() == TypeKind.VOID);
                DocCommentTree doc = trees.getDocCommentTree(path);
                methods.add(new PublicMethod(signature(method), parameters, returnsValue, doc,
                    doc == null ? "" : doc.toString()));
              }
            }
            DocCommentTree doc = trees.getDocCommentTree(getCurrentPath());
            String name = type.getSimpleName().toString();
            for (TreePath outer = getCurrentPath().getParentPath(); outer != null; outer = outer.getParentPath()) {
              if (outer.getLeaf() instanceof ClassTree enclosing) {
                name = enclosing.getSimpleName() + "." + name;
              }
            }
            types.add(new PublicType(name, file, topLevel, type.getKind(),
                doc == null ? "" : doc.toString(),
                type.getExtendsClause() == null ? null : type.getExtendsClause().toString(), methods));
            return super.visitClass(type, unused);
          }
        }.scan(unit, null);
      }
      return types;
    }
  }

  /**
   * Returns what is wrong with a method's javadoc, empty if nothing: a missing comment, an empty
   * first sentence, a parameter without {@code @param}, a value without {@code @return}.
   */
  static List<String> problems(PublicMethod method) {
    if (method.doc() == null) {
      return List.of("has no javadoc");
    }
    List<String> problems = new ArrayList<>();
    if (method.doc().getFullBody().isEmpty()) {
      problems.add("has no description");
    }
    Set<String> documented = method.doc().getBlockTags().stream()
        .filter(tag -> tag.getKind() == DocTree.Kind.PARAM)
        .map(tag -> ((ParamTree) tag).getName().getName().toString())
        .collect(Collectors.toSet());
    method.parameters().stream().filter(p -> !documented.contains(p))
        .forEach(p -> problems.add("has no @param " + p));
    boolean returns = method.doc().getBlockTags().stream().anyMatch(tag -> tag.getKind() == DocTree.Kind.RETURN);
    if (method.returnsValue() && !returns) {
      problems.add("has no @return");
    }
    return problems;
  }

  private static String signature(MethodTree method) {
    return method.getName() + method.getParameters().stream()
        .map(VariableTree::getType).map(Tree::toString)
        .collect(Collectors.joining(", ", "(", ")"));
  }
}
