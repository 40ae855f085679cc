namespace StaticBench.Runner.Suite;

/// <summary>The benchmarks ready to run, and the one-line notes about what was left out and why.</summary>
public sealed record LoadedSuite(IReadOnlyList<BenchmarkCase> Cases, IReadOnlyList<string> Notes);
