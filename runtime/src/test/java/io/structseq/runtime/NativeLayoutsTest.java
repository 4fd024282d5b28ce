package io.structseq.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.structseq.testing.Strict;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Proves every {@link Abi} table against its C compiler: {@code src/test/c/layouts.c} prints
 * {@code sizeof} and {@code offsetof} of every structure and member the runtime reads, and the numbers
 * it passes; built for each ABI and run (aarch64 under {@code qemu-aarch64}), its lines must equal the
 * table's exactly, no member more or less. The compilers are Debian's {@code gcc},
 * {@code gcc-aarch64-linux-gnu} with {@code libc6-dev-arm64-cross}, {@code qemu-user} and
 * {@code musl-tools}; without one the test skips visibly, and fails under {@code STRUCTSEQ_STRICT}.
 */
class NativeLayoutsTest {
  private static final Path SOURCE = Path.of("src/test/c/layouts.c");

  @TempDir Path dir;

  @Test
  void x86_64Glibc() throws Exception {
    Strict.assume(isX86_64(), "x86_64 glibc layouts SKIPPED: this machine is " + System.getProperty("os.arch")
        + ", where an x86_64 program does not run");
    assertProves(AbiLinuxX86_64Glibc.INSTANCE, List.of("gcc"), List.of());
  }

  @Test
  void aarch64Glibc() throws Exception {
    List<String> run = isX86_64() ? List.of("qemu-aarch64", "-L", "/usr/aarch64-linux-gnu") : List.of();
    assertProves(AbiLinuxAarch64Glibc.INSTANCE, List.of("aarch64-linux-gnu-gcc"), run);
  }

  @Test
  void x86_64Musl() throws Exception {
    Strict.assume(isX86_64(), "x86_64 musl layouts SKIPPED: this machine is " + System.getProperty("os.arch"));
    // Static: the program then runs without musl's dynamic linker installed.
    assertProves(AbiLinuxX86_64Musl.INSTANCE, List.of("musl-gcc", "-static"), List.of());
  }

  /** The three ABIs are the ones {@link Abi#of} admits, each by its own name. */
  @Test
  void eachPlatformFindsItsTable() {
    assertEquals(AbiLinuxX86_64Glibc.INSTANCE, Abi.of("Linux", "amd64", "glibc").orElseThrow());
    assertEquals(AbiLinuxAarch64Glibc.INSTANCE, Abi.of("Linux", "aarch64", "glibc").orElseThrow());
    assertEquals(AbiLinuxX86_64Musl.INSTANCE, Abi.of("Linux", "x86_64", "musl").orElseThrow());
    assertEquals(false, Abi.of("Linux", "aarch64", "musl").isPresent(), "no compiler here proves aarch64 musl");
    assertEquals(false, Abi.of("Linux", "riscv64", "glibc").isPresent());
  }

  private void assertProves(Abi abi, List<String> compiler, List<String> runner) throws Exception {
    Strict.assume(onPath(compiler.get(0)) && (runner.isEmpty() || onPath(runner.get(0))),
        abi.name() + " layouts SKIPPED: " + compiler.get(0) + (runner.isEmpty() ? "" : " or " + runner.get(0))
            + " is not installed (Debian: gcc-aarch64-linux-gnu libc6-dev-arm64-cross qemu-user musl-tools)");
    Path program = dir.resolve("layouts");
    List<String> compile = new ArrayList<>(compiler);
    compile.addAll(List.of("-o", program.toString(), SOURCE.toAbsolutePath().toString()));
    run(compile);
    List<String> command = new ArrayList<>(runner);
    command.add(program.toString());
    assertEquals(expected(abi), run(command), abi.name() + ": the runtime's tables against " + compiler.get(0));
  }

  /** The lines {@code layouts.c} prints for an ABI, from the runtime's tables. */
  private static String expected(Abi abi) {
    StringBuilder out = new StringBuilder();
    for (CStruct struct : abi.structs()) {
      out.append("struct ").append(struct.name()).append(' ').append(struct.size()).append('\n');
      struct.members().forEach((member, m) -> out.append("field ").append(struct.name()).append('.')
          .append(member).append(' ').append(m.offset()).append(' ').append(m.size()).append('\n'));
    }
    Map<String, Long> constants = new LinkedHashMap<>(abi.constants());
    constants.forEach((name, value) -> out.append("const ").append(name).append(' ').append(value).append('\n'));
    return out.toString();
  }

  private static String run(List<String> command) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    if (!process.waitFor(120, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError(command + " did not finish in 120 s");
    }
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, process.exitValue(), () -> command + " failed:\n" + output);
    return output;
  }

  private static boolean isX86_64() {
    String arch = System.getProperty("os.arch");
    return arch.equals("amd64") || arch.equals("x86_64");
  }

  private static boolean onPath(String program) {
    return Stream.of(System.getenv().getOrDefault("PATH", "").split(":"))
        .anyMatch(d -> !d.isEmpty() && Files.isExecutable(Path.of(d, program)));
  }
}
