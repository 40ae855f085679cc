using StaticBench.Runner.Engines;
using StaticBench.Runner.Processes;
using StaticBench.Runner.Suite;

namespace StaticBench.Runner.Running;

/// <summary>
/// Executes a <see cref="RunPlan"/>. For each case, rounds of one sample per engine, the engines
/// interleaved (round-robin, starting one further each round) so machine drift hits them all alike;
/// the first <see cref="RunPlan.Warmup"/> rounds are thrown away. Every sample runs in fresh processes
/// in a fresh scratch folder. A pair whose sample fails (wrong checksum, crash, time-out) stops there and
/// keeps no numbers.
/// </summary>
public sealed class SampleLoop(IProcessRunner runner)
{
    public async Task<SampleSet> RunAsync(RunPlan plan, IProgress<RunProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var set = new SampleSet();
        var scratchRoot = Directory.CreateTempSubdirectory("staticbench-run-").FullName;
        var done = 0;
        try
        {
            foreach (var benchmark in plan.Cases)
            {
                var reference = new ChecksumReference(benchmark);
                var stopped = new HashSet<string>();
                var rounds = plan.Warmup + plan.Samples;
                var engines = plan.EnginesFor(benchmark);
                for (var round = 0; round < rounds; round++)
                {
                    for (var k = 0; k < engines.Count; k++)
                    {
                        var engine = engines[(round + k) % engines.Count];
                        done++;
                        if (!stopped.Contains(engine.Engine.Name))
                        {
                            var scratch = Path.Combine(scratchRoot, $"sample-{done}");
                            var kept = round >= plan.Warmup;
                            if (await SampleAsync(plan, benchmark, engine, scratch, reference, set, kept, cancellationToken) is { } stop)
                            {
                                stopped.Add(engine.Engine.Name);
                                if (stop.Length > 0)
                                {
                                    set.Errors.Add(new RunError(benchmark.Benchmark, benchmark.Size, engine.Engine.Name, stop));
                                    set.Discard(benchmark, engine.Engine.Name);
                                }
                            }
                        }

                        progress?.Report(new RunProgress(done, plan.TotalSamples, $"{benchmark.Benchmark} [{benchmark.Size}] {engine.Engine.Name}"));
                    }
                }

                if (reference.Note is { } note)
                {
                    set.Notes.Add(note);
                }
            }
        }
        finally
        {
            TryDelete(scratchRoot);
        }

        set.SummarizeSkips();
        return set;
    }

    /// <summary>Runs one sample; returns null to go on, "" to stop quietly (skipped), or an error message.</summary>
    private async Task<string?> SampleAsync(
        RunPlan plan, BenchmarkCase benchmark, PlannedEngine engine, string scratch, ChecksumReference reference, SampleSet set, bool kept, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(scratch);
        try
        {
            var phases = benchmark.PhasesOf(plan.Phases);
            var request = new SampleRequest(benchmark, phases, scratch, plan.TimeLimit, plan.Execute);
            var samplePlan = engine.Engine.Plan(engine.Probe, request);
            if (samplePlan.Skipped)
            {
                set.Skip(engine.Engine.Name, samplePlan.SkipReason!);
                return "";
            }

            var measurements = new List<Measurement>();
            var checked_ = false;
            foreach (var step in samplePlan.Steps)
            {
                var outcome = await runner.RunAsync(step.Process, cancellationToken);
                var reading = engine.Engine.Read(step, outcome);
                if (reading.IsError)
                {
                    return reading.Error;
                }

                if (reading.Checksum is { } checksum)
                {
                    if (reference.Check(checksum, engine.Engine.Name) is { } wrong)
                    {
                        return wrong;
                    }

                    checked_ = true;
                }

                measurements.AddRange(reading.Measurements.Where(m => phases.Contains(m.Phase)));
            }

            if (!checked_)
            {
                return "the benchmark returned no checksum, so its answer cannot be checked";
            }

            if (kept)
            {
                measurements.ForEach(m => set.Add(benchmark, engine.Engine.Name, m));
            }

            return null;
        }
        finally
        {
            TryDelete(scratch);
        }
    }

    private static void TryDelete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A killed process may still hold it; the OS temp cleaner will get it.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    /// <summary>The answer every engine must give: the native build's, or else the first engine's.</summary>
    private sealed class ChecksumReference(BenchmarkCase benchmark)
    {
        private long? expected = benchmark.ExpectedChecksum;
        private string source = "the native build";

        public string? Note { get; private set; }

        public string? Check(long checksum, string engine)
        {
            if (expected is null)
            {
                expected = checksum;
                source = engine;
                Note = $"{benchmark.Benchmark} [{benchmark.Size}]: no expected checksum; engines were checked against {engine}'s answer {checksum}";
                return null;
            }

            return checksum == expected
                ? null
                : $"wrong answer: run() returned {checksum}, expected {expected} (from {source})";
        }
    }
}
