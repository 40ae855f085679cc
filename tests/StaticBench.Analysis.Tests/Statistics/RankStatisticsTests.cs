using Perfolizer;
using Perfolizer.Mathematics.SignificanceTesting.Base;
using Perfolizer.Mathematics.SignificanceTesting.MannWhitney;
using Perfolizer.Metrology;
using StaticBench.Analysis.Statistics;

namespace StaticBench.Analysis.Tests.Statistics;

public class RankStatisticsTests
{
    [Fact]
    public void The_p_value_is_Perfolizers_own_bit_for_bit_with_ties_and_any_sizes()
    {
        // Given samples of 1-40 points each, some with ties (whole numbers), some continuous, some far apart
        var random = new Random(7);
        for (var trial = 0; trial < 600; trial++)
        {
            int n = random.Next(1, 41), m = random.Next(1, 41);
            var ties = trial % 3 == 0;
            var shift = trial % 5 * 0.7;
            double Draw(double offset) => ties ? Math.Round(random.NextDouble() * 6) + offset : random.NextDouble() * 3 + offset;
            var x = Enumerable.Range(0, n).Select(_ => Draw(0)).ToArray();
            var y = Enumerable.Range(0, m).Select(_ => Draw(shift)).ToArray();
            if (RankStatistics.AllEqual(x) && RankStatistics.AllEqual(y))
            {
                continue;
            }

            // Then the test gives exactly what Perfolizer's MannWhitneyTest gives (exact below 65 points, Edgeworth from 65)
            var strategy = n + m >= 65 ? MannWhitneyStrategy.EdgeworthApprox : MannWhitneyStrategy.Auto;
            var perfolizer = MannWhitneyTest.Instance.PerformStrategy(new Sample(x), new Sample(y), AlternativeHypothesis.TwoSides, Threshold.Zero, strategy).PValue;
            RankStatistics.MannWhitneyPValue(x, y).ShouldBe(Math.Clamp(perfolizer, 0, 1), $"n={n} m={m} ties={ties}");
        }
    }

    [Theory]
    [InlineData(31, 34)]
    [InlineData(32, 33)]
    [InlineData(30, 30)]
    [InlineData(40, 40)]
    public void Samples_that_do_not_overlap_differ_whatever_their_sizes(int n, int m)
    {
        // Given two samples that do not overlap at all (65 points in all is where Perfolizer's exact
        // distribution overflows and said p = 0.19 for 31 against 34)
        var slow = Enumerable.Range(0, n).Select(i => 10 + 0.01 * i).ToArray();
        var fast = Enumerable.Range(0, m).Select(i => 1 + 0.01 * i).ToArray();

        // Then the Mann-Whitney test is sure they differ, both ways round
        RankStatistics.MannWhitneyPValue(slow, fast).ShouldBeLessThan(1e-10);
        RankStatistics.MannWhitneyPValue(fast, slow).ShouldBeLessThan(1e-10);
    }

    [Fact]
    public void Samples_from_one_distribution_are_not_called_different_at_65_points()
    {
        // Given 31 and 34 points interleaved (the same distribution)
        var x = Enumerable.Range(0, 31).Select(i => 2.0 * i).ToArray();
        var y = Enumerable.Range(0, 34).Select(i => 2.0 * i + 1).ToArray();

        // Then the p-value is far from significant
        RankStatistics.MannWhitneyPValue(x, y).ShouldBeGreaterThan(0.2);
    }
}
