using StaticBench.Runner.Engines;
using StaticBench.Runner.Processes;
using StaticBench.Runner.Suite;
using StaticBench.Testing;

namespace StaticBench.Runner.Tests;

/// <summary>
/// Runs one sample of a real engine the way the run loop does (probe, plan, the sandboxed process
/// runner, read) on a tiny module made with wat2wasm in a temp folder.
/// </summary>
public static class EngineHarness
{
    /// <summary>run() sums i*7 for i below <c>n</c>: 3496500 for 1000.</summary>
    public static string LoopWat(int n) => $$"""
        (module
          (memory (export "memory") 1)
          (func (export "run") (result i32) (local i32 i32)
            (loop $l
              (local.set 1 (i32.add (local.get 1) (i32.mul (local.get 0) (i32.const 7))))
              (local.set 0 (i32.add (local.get 0) (i32.const 1)))
              (br_if $l (i32.lt_u (local.get 0) (i32.const {{n}}))))
            (local.get 1)))
        """;

    public static long LoopChecksum(int n) => unchecked((int)Enumerable.Range(0, n).Aggregate(0L, (s, i) => s + i * 7L));

    /// <summary>Writes <paramref name="wat"/> as a .wasm under <paramref name="temp"/> (wat2wasm must be installed).</summary>
    public static async Task<BenchmarkCase> CaseAsync(TempDirectory temp, string wat, string name = "loop")
    {
        var folder = Directory.CreateDirectory(temp.Combine("wasm")).FullName;
        var source = Path.Combine(folder, $"{name}.wat");
        var wasm = Path.Combine(folder, $"{name}.wasm");
        await File.WriteAllTextAsync(source, wat);
        var wat2wasm = ExecutableFinder.Find("wat2wasm") ?? throw new InvalidOperationException("wat2wasm not installed (apt-get install wabt)");
        var outcome = await ProcessRunner.Trusted.RunAsync(new ProcessSpec(wat2wasm, [source, "-o", wasm], folder, TimeSpan.FromSeconds(30)));
        outcome.Succeeded.ShouldBeTrue(outcome.Stderr);
        return new BenchmarkCase($"test/{name}", "tiny", null, wasm, null, null);
    }

    public static SampleRequest Request(BenchmarkCase benchmark, TempDirectory temp, IEnumerable<string> phases, ExecutePolicy? execute = null)
    {
        var scratch = Directory.CreateDirectory(temp.Combine($"sample-{Guid.NewGuid():N}")).FullName;
        return new SampleRequest(benchmark, phases.ToHashSet(), scratch, TimeSpan.FromSeconds(60), execute ?? new ExecutePolicy(2, 3, TimeSpan.FromMilliseconds(50)));
    }

    private static readonly Lazy<Task<ProcessRunner>> Sandboxed = new(async () => new ProcessRunner(await SandboxDetector.DetectAsync()));

    /// <summary>Runs every step of one sample in the sandbox; returns all measurements and the checksum, or the first error.</summary>
    public static async Task<StepReading> SampleAsync(IEngine engine, EngineProbe probe, SampleRequest request)
    {
        var plan = engine.Plan(probe, request);
        plan.Skipped.ShouldBeFalse(plan.SkipReason);
        var runner = await Sandboxed.Value;
        var measurements = new List<Measurement>();
        long? checksum = null;
        foreach (var step in plan.Steps)
        {
            var reading = engine.Read(step, await runner.RunAsync(step.Process));
            if (reading.IsError)
            {
                return reading;
            }

            measurements.AddRange(reading.Measurements);
            checksum ??= reading.Checksum;
        }

        return new StepReading(measurements, checksum, null);
    }

    public static double Value(this StepReading reading, string phase, string metric = Metrics.WallTime) =>
        reading.Measurements.Single(m => m.Phase == phase && m.Metric == metric).Value;
}
