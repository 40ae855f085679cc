using StaticBench.Analysis.Statistics;

namespace StaticBench.Analysis.Tests.Statistics;

public class LowerTailRankTestTests
{
    [Fact]
    public void With_nothing_censored_it_is_the_exact_Mann_Whitney_test()
    {
        // Given two small samples, ranked in full (fraction 1)
        double[] x = [3.1, 4.7, 5.2, 6.0, 7.4, 8.8, 9.1, 12.5];
        double[] y = [5.5, 7.9, 9.6, 10.2, 11.8, 13.3, 14.0];

        var p = LowerTailRankTest.Analyse(x, y, fraction: 1, confidence: 0.95).PValue;

        // Then its p-value is the exact Mann-Whitney one (Perfolizer's)
        p.ShouldBe(RankStatistics.MannWhitneyPValue(x, y), tolerance: 1e-9);
    }

    [Fact]
    public void A_shift_of_the_undisturbed_samples_is_found_however_many_the_load_disturbed()
    {
        // Given base with 8 undisturbed samples near 100 and 22 disturbed (2-4x), and head 5% slower
        // with 20 undisturbed samples near 105 and 10 disturbed: head has the more fast samples
        double[] Side(int fast, double level, int slow) =>
            [.. Enumerable.Range(0, fast).Select(i => level * (1 + 0.002 * i)), .. Enumerable.Range(0, slow).Select(i => level * (2 + i % 3) * (1 + 0.01 * i))];
        var x = Side(8, 100, 22).Select(v => Math.Log(v)).ToArray();
        var y = Side(20, 105, 10).Select(v => Math.Log(v)).ToArray();

        // When the lowest 15% are compared, and when all samples are
        var lower = LowerTailRankTest.Analyse(x, y, fraction: 0.15, confidence: 0.95);
        var all = RankStatistics.HodgesLehmannShift(x, y);

        // Then the lowest part measures +5% and is sure of it; all samples even read head as faster
        lower.PValue.ShouldBeLessThan(0.005);
        Math.Exp(lower.Shift).ShouldBe(1.05, tolerance: 0.01);
        Math.Exp(lower.Low).ShouldBeLessThan(1.05);
        Math.Exp(lower.High).ShouldBeGreaterThan(1.05);
        all.ShouldBeLessThan(0);
    }

    [Fact]
    public void Whether_the_test_can_reach_a_level_depends_on_the_sample_sizes_only()
    {
        // 30 per side: the lowest 9 all from one side has p = 0.0019; 20 per side: 6 of them, p = 0.02
        LowerTailRankTest.CanReach(30, 30, 0.15, 0.005).ShouldBeTrue();
        LowerTailRankTest.CanReach(20, 20, 0.15, 0.005).ShouldBeFalse();
        LowerTailNull.For(30, 30, 9).SmallestPValue.ShouldBe(0.0019, tolerance: 0.0001);
    }

    [Fact]
    public void The_null_is_built_once_per_sample_sizes_even_for_comparisons_running_in_parallel()
    {
        // Given many comparisons of the same sample sizes asking at once (sizes no other test uses)
        var nulls = new LowerTailNull[64];

        // When each asks for the null distribution
        Parallel.For(0, nulls.Length, i => nulls[i] = LowerTailNull.For(31, 29, 9));

        // Then they all share one, and a later ask gets it too
        nulls.Distinct().ShouldHaveSingleItem().ShouldBeSameAs(LowerTailNull.For(31, 29, 9));
    }

    [Fact]
    public void The_exact_and_the_normal_null_agree_where_they_meet()
    {
        // Given 150 samples per side with the lowest 40 ranked (exact) and 41 (normal approximation)
        var exact = LowerTailNull.For(150, 150, LowerTailNull.ExactUpTo);
        var normal = LowerTailNull.For(150, 150, LowerTailNull.ExactUpTo + 1);

        // Then their 1% critical values are within a few percent of each other
        var (exactLow, exactHigh) = exact.Critical(0.01);
        var (normalLow, normalHigh) = normal.Critical(0.01);
        (normalLow / exactLow).ShouldBe(1, tolerance: 0.02);
        (normalHigh / exactHigh).ShouldBe(1, tolerance: 0.02);
    }
}
