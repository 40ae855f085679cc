using System.Diagnostics;

namespace StaticBench.Benchmarks;

/// <summary>
/// Times cases side by side: after a warm-up, the cases take turns sample by sample, so that drift on
/// a shared, noisy machine hits all of them alike. Each sample is one call; we keep every sample
/// (wall time in ns) and the bytes the call allocated. Kept small on purpose: these are
/// macro-benchmarks of whole steps (git reads, site generation), not micro-benchmarks.
/// </summary>
public sealed class Sampler(int warmup, int samples)
{
    public sealed record Case(string Benchmark, IReadOnlyDictionary<string, double> Parameters, Action Setup, Action Body);

    public sealed record Measured(Case Case, double[] WallNs, double[] AllocatedBytes);

    public IReadOnlyList<Measured> Run(IReadOnlyList<Case> cases, TextWriter log)
    {
        var wall = cases.Select(_ => new List<double>()).ToArray();
        var allocated = cases.Select(_ => new List<double>()).ToArray();
        for (var round = -warmup; round < samples; round++)
        {
            for (var i = 0; i < cases.Count; i++)
            {
                cases[i].Setup();
                GC.Collect();
                GC.WaitForPendingFinalizers();
                // All threads: the site build scans series on the thread pool, which a per-thread count would miss.
                var before = GC.GetTotalAllocatedBytes(precise: true);
                var clock = Stopwatch.StartNew();
                cases[i].Body();
                clock.Stop();
                if (round >= 0)
                {
                    wall[i].Add(clock.Elapsed.TotalNanoseconds);
                    allocated[i].Add(GC.GetTotalAllocatedBytes(precise: true) - before);
                }
            }

            log.Write(round < 0 ? "w" : ".");
        }

        log.WriteLine();
        return cases.Select((c, i) => new Measured(c, [.. wall[i]], [.. allocated[i]])).ToArray();
    }
}
