using StaticBench.Analysis.Comparisons;
using StaticBench.Schema.Model;

namespace StaticBench.Analysis.Tests.Comparisons;

/// <summary>Compare on a busy machine, where load only ever adds time (docs/statistics.md, "Compare on real runs").</summary>
public class ContendedComparisonTests
{
    private static readonly SeriesKey Key = new("m", "work", "", "", "run", "wall-time");

    /// <summary>The method before the best-part test: all samples only.</summary>
    private static readonly ComparisonOptions AllSamplesOnly = new() { BestPartFraction = 0 };

    [Fact]
    public void A_5pc_slowdown_under_heavy_contention_is_found_on_the_fastest_samples_where_all_samples_miss_it()
    {
        // Given 30 samples per side of which about 60% were slowed 2-4x by other processes, head 5% slower
        var b = ContendedSamples.Times(seed: 23, 30, level: 100, disturbed: 0.6);
        var h = ContendedSamples.Times(seed: 24, 30, level: 105, disturbed: 0.6);

        // When compared on all samples only, and as compare does by default
        var allSamples = SampleComparer.Compare("work", Key, "ns", Better.Lower, b, h, AllSamplesOnly);
        var c = SampleComparer.Compare("work", Key, "ns", Better.Lower, b, h);

        // Then all samples cannot tell, while the fastest 15% show the 5% and say where it was measured
        allSamples.Verdict.ShouldBe(Verdict.TooNoisy);
        c.Verdict.ShouldBe(Verdict.Regression);
        c.Basis.ShouldBe(ChangeBasis.BestPart);
        c.Change.ShouldBe(0.05, tolerance: 0.02);
        c.ChangeLow.ShouldBeLessThanOrEqualTo(0.05);
        c.ChangeHigh.ShouldBeGreaterThanOrEqualTo(0.05);
        c.PValue.ShouldBeLessThan(0.01);
        c.MinimumDetectable.ShouldBeLessThan(allSamples.MinimumDetectable);
    }

    [Fact]
    public void Contended_A_A_pairs_are_flagged_no_more_often_than_alpha_allows()
    {
        // Given 100 pairs of the same program on a busy machine (60% of samples disturbed on both sides)
        var flagged = Enumerable.Range(0, 100).Count(i =>
        {
            var c = SampleComparer.Compare("work", Key, "ns", Better.Lower,
                ContendedSamples.Times(1000 + 2 * i, 30, 100, 0.6), ContendedSamples.Times(1001 + 2 * i, 30, 100, 0.6));
            return c.Verdict is Verdict.Regression or Verdict.Improvement;
        });

        // Then two tests at half of α each still flag about 1% at most, not 2%
        flagged.ShouldBeLessThanOrEqualTo(2);
    }

    [Fact]
    public void Higher_is_better_metrics_are_read_from_their_highest_samples()
    {
        // Given throughput (runs per second) on a busy machine, where load only lowers it: head 5% lower
        var b = ContendedSamples.Times(seed: 23, 30, level: 100, disturbed: 0.6).Select(t => 1e4 / t).ToArray();
        var h = ContendedSamples.Times(seed: 24, 30, level: 105, disturbed: 0.6).Select(t => 1e4 / t).ToArray();

        var c = SampleComparer.Compare("work", Key with { Metric = "throughput" }, "runs/s", Better.Higher, b, h);

        // Then the drop is found on the highest samples, the ones the load left alone
        c.Verdict.ShouldBe(Verdict.Regression);
        c.VerdictText.ShouldBe("worse");
        c.Basis.ShouldBe(ChangeBasis.BestPart);
        c.Change.ShouldBe(-0.048, tolerance: 0.02);
    }

    [Fact]
    public void With_fewer_than_about_24_samples_per_side_only_all_samples_are_tested_at_the_full_alpha()
    {
        // Given 20 samples per side, too few for the fastest 15% (6 samples) to ever reach half of α
        var b = ContendedSamples.Times(seed: 21, 20, level: 100, disturbed: 0.3);
        var h = ContendedSamples.Times(seed: 22, 20, level: 110, disturbed: 0.3);

        var c = SampleComparer.Compare("work", Key, "ns", Better.Lower, b, h);

        // Then the comparison is exactly the all-samples one, and 5 per side can still be significant
        c.ShouldBe(SampleComparer.Compare("work", Key, "ns", Better.Lower, b, h, AllSamplesOnly));
        SampleComparer.Compare("work", Key, "ns", Better.Lower, [100, 101, 102, 103, 104], [200, 201, 202, 203, 204]).Verdict.ShouldBe(Verdict.Regression);
    }
}
