namespace StaticBench.Benchmarks;

/// <summary>Generating the site from a snapshot (filled in once the site generator lands).</summary>
public static class SiteCases
{
    public static IEnumerable<Sampler.Case> Create(int runs) => [];
}
