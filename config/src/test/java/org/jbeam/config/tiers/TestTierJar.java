package org.jbeam.config.tiers;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

import org.jbeam.vm.atom.AtomTable;
import org.jbeam.vm.tier.ExecutionTier;

/**
 * Builds a tier jar at test time, separate from every class path the build knows: one tier
 * class compiled with {@link JavaCompiler} and its {@code META-INF/services} file. The tier
 * records the {@link AtomTable} Guice injects into it, in its public field {@code atoms}.
 */
public final class TestTierJar {
    private TestTierJar() {}

    /** A jar holding tier {@code name} with {@code id}, as class {@code testtier.ClassName}. */
    public static URL build(Path dir, String className, String name, int id) throws IOException {
        return build(dir, className, source(className, "public " + className + "() {}", name, id));
    }

    /** A jar whose tier class has no public no-argument constructor (ServiceLoader rejects it). */
    public static URL buildWithoutNoArgConstructor(Path dir, String className) throws IOException {
        return build(dir, className, source(className, "public " + className + "(int unused) {}", "broken", 201));
    }

    private static String source(String className, String constructor, String name, int id) {
        return """
                package testtier;
                import org.jbeam.vm.atom.AtomTable;
                import org.jbeam.vm.loader.LoadedModule;
                import org.jbeam.vm.process.ErlangProcess;
                import org.jbeam.vm.tier.ExecutionTier;
                import org.jbeam.vm.tier.TierStatus;
                public final class %1$s implements ExecutionTier {
                    public AtomTable atoms;
                    %2$s
                    @com.google.inject.Inject public void inject(AtomTable atoms) { this.atoms = atoms; }
                    public int id() { return %4$d; }
                    public String name() { return "%3$s"; }
                    public void install(LoadedModule module) {}
                    public TierStatus start(ErlangProcess process, long exportEntry) { return TierStatus.FINISHED; }
                    public TierStatus resume(ErlangProcess process) { return TierStatus.FINISHED; }
                    public TierStatus enterExport(ErlangProcess process, long entry) { return TierStatus.FINISHED; }
                    public TierStatus enterFun(ErlangProcess process, long entry) { return TierStatus.FINISHED; }
                    public TierStatus returnTo(ErlangProcess process, long cp) { return TierStatus.FINISHED; }
                    public TierStatus catchAt(ErlangProcess process, long tag) { return TierStatus.FINISHED; }
                }
                """.formatted(className, constructor, name, id);
    }

    private static URL build(Path dir, String className, String source) throws IOException {
        Path sources = Files.createDirectories(dir.resolve("src/testtier"));
        Path classes = Files.createDirectories(dir.resolve("classes"));
        Path file = Files.writeString(sources.resolve(className + ".java"), source);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        String classPath = String.join(java.io.File.pathSeparator, location(ExecutionTier.class),
                location(AtomTable.class), location(com.google.inject.Inject.class));
        int status = javac.run(null, null, null, "-d", classes.toString(), "-cp", classPath, "-proc:none",
                file.toString());
        if (status != 0) {
            throw new AssertionError("javac failed on the test tier " + className);
        }
        Path jar = dir.resolve(className + ".jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            try (Stream<Path> walk = Files.walk(classes)) {
                for (Path classFile : walk.filter(Files::isRegularFile).toList()) {
                    out.putNextEntry(new JarEntry(classes.relativize(classFile).toString().replace('\\', '/')));
                    Files.copy(classFile, out);
                }
            }
            out.putNextEntry(new JarEntry("META-INF/services/" + ExecutionTier.class.getName()));
            OutputStream entry = out;
            entry.write(("testtier." + className + "\n").getBytes(StandardCharsets.UTF_8));
        }
        return jar.toUri().toURL();
    }

    private static String location(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (URISyntaxException e) {
            throw new AssertionError(e);
        }
    }

    /** The class path jars in {@code urls}, for a loader whose parent is the test's. */
    public static ClassLoader loader(List<URL> urls) {
        return new java.net.URLClassLoader(urls.toArray(URL[]::new), TestTierJar.class.getClassLoader());
    }
}
