package dev.agentlint.bench;

import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What every benchmark here shares: average time, and forks that run with the launcher's JVM options, so the numbers
 * are those of the compiled code users run (JMH's {@code -jvmArgs} replaces them, to try others). On JDK 25 and later
 * the launcher also turns on compact object headers, and on Linux transparent huge pages where the kernel gives
 * them; {@code -jvmArgsAppend} adds {@code -XX:+UseCompactObjectHeaders -XX:+UseTransparentHugePages} to match.
 */
@BenchmarkMode(Mode.AverageTime)
@Fork(value = 3, jvmArgsAppend = {"-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xmn40m", "-XX:SurvivorRatio=3"})
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
abstract class LauncherJvmBenchmark {
}
