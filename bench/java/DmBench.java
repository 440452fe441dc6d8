// Apache Commons Codec's Daitch–Mokotoff Soundex, timed on the same names as unerased's own
// implementation (bench/suites/names.bench.ts compiles and runs this; CI never does).
// Usage: java -cp commons-codec.jar:. DmBench NAMES_FILE RUNS CODES_OUT
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.List;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import org.apache.commons.codec.language.DaitchMokotoffSoundex;

public class DmBench {
  public static void main(String[] args) throws Exception {
    List<String> names = Files.readAllLines(Paths.get(args[0]), StandardCharsets.UTF_8);
    int runs = Integer.parseInt(args[1]);
    DaitchMokotoffSoundex dm = new DaitchMokotoffSoundex();
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    long sink = 0;
    // Warm-up: let the JIT compile the encoder before timing, as the JavaScript side is warmed too.
    for (int w = 0; w < 3; w++) for (String n : names) sink += dm.soundex(n).length();
    for (int r = 0; r < runs; r++) {
      // CPU time of this thread: the machine is shared, and the JavaScript side measures CPU time too.
      long t0 = cpu.getCurrentThreadCpuTime();
      for (String n : names) sink += dm.soundex(n).length();
      long t1 = cpu.getCurrentThreadCpuTime();
      System.out.println("run " + r + " " + (names.size() / ((t1 - t0) / 1e9)));
    }
    try (PrintWriter out = new PrintWriter(args[2], "UTF-8")) {
      for (String n : names) out.println(dm.soundex(n));
    }
    System.err.println("sink " + sink);
  }
}
