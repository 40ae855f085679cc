using StaticBench.Runner.Engines;
using StaticBench.Runner.Processes;
using StaticBench.Schema.Model;

namespace StaticBench.Runner.Running;

/// <summary>
/// What every whole-process phase (<see cref="WholeProcess"/>) carries before the engine does anything: an empty
/// program (<c>true</c>) started the way those phases are, through the same runner, sandbox and limits, on both
/// clocks. Measured once per run before the cases, as hyperfine measures its shell's start-up, and recorded as its own
/// series (<see cref="Benchmark"/>) so that a whole-process number can be read against it and a change in it (a new
/// kernel, a new bwrap) is seen for what it is. Nothing is subtracted: a noisy offset taken off a noisy number of a
/// few ms can go negative, and the raw samples are what a result file keeps.
/// </summary>
public static class StartUpReference
{
    public const string Benchmark = "process/start-up";

    public const string Phase = "start-up";

    /// <summary>The reference's results (wall time, then cpu-time), or a note saying why there are none.</summary>
    public static async Task<(IReadOnlyList<BenchmarkResult> Results, string Note)> MeasureAsync(
        IProcessRunner runner, int warmup, int samples, CancellationToken cancellationToken = default)
    {
        if (ExecutableFinder.Find("true") is not { } program)
        {
            return ([], "process start-up not measured: no 'true' program on PATH");
        }

        var spec = new ProcessSpec(program, [], Path.GetTempPath(), TimeSpan.FromSeconds(10)) { MeasureCpuTime = true };
        var (wall, cpu) = (new List<double>(), new List<double>());
        for (var k = 0; k < warmup + samples; k++)
        {
            var outcome = await runner.RunAsync(spec, cancellationToken);
            if (!outcome.Succeeded || outcome.CpuTime is not { } cpuTime)
            {
                return ([], $"process start-up not measured: {program} {(outcome.TimedOut ? "timed out" : $"exited with {outcome.ExitCode}")}: {outcome.StderrTail(1)}");
            }

            if (k >= warmup)
            {
                wall.Add(outcome.Elapsed.TotalNanoseconds);
                cpu.Add(cpuTime.TotalNanoseconds);
            }
        }

        var engine = new EngineInfo { Name = runner.Sandboxed ? "sandbox" : "unsandboxed", Config = "true" };
        BenchmarkResult Result(string metric, List<double> values) => new()
        {
            Benchmark = Benchmark,
            Engine = engine,
            Phase = Phase,
            Metric = metric,
            Unit = "ns",
            Better = Better.Lower,
            Samples = values,
            Summary = SampleSummary.Of(values),
        };

        var results = new[] { Result(Metrics.WallTime, wall), Result(Metrics.CpuTime, cpu) };
        return (results, $"process start-up ({program}, {engine.Name}): median {Ms(results[0])} ms wall time, {Ms(results[1])} ms cpu-time; every whole-process phase includes it");
    }

    private static string Ms(BenchmarkResult result) =>
        (result.Summary!.Median / 1e6).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture);
}
