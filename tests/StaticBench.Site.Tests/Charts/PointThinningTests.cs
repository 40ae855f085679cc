using StaticBench.Site.Charts;

namespace StaticBench.Site.Tests.Charts;

public class PointThinningTests
{
    [Fact]
    public void A_line_no_longer_than_the_limit_is_kept_whole() =>
        PointThinning.MinMax([3, 1, 2], 1000).ShouldBe([0, 1, 2]);

    [Fact]
    public void A_long_line_keeps_its_one_commit_spike_and_dip_and_both_ends()
    {
        // Given 3,000 flat points with one spike and one dip
        var values = Enumerable.Repeat(100.0, 3000).ToArray();
        values[1234] = 180;
        values[2345] = 40;

        // When thinned to 1,000 points
        var kept = PointThinning.MinMax(values, 1000);

        // Then at most 1,000 remain, in order, with the extremes and the first and last point
        kept.Length.ShouldBeLessThanOrEqualTo(1000);
        kept.ShouldBe(kept.Order().Distinct().ToArray());
        kept.ShouldContain(1234);
        kept.ShouldContain(2345);
        kept[0].ShouldBe(0);
        kept[^1].ShouldBe(2999);
    }

    [Fact]
    public void Every_run_of_points_keeps_its_lowest_and_highest_value()
    {
        // Given a noisy line
        var random = new Random(7);
        var values = Enumerable.Range(0, 5000).Select(_ => random.NextDouble()).ToArray();

        // When thinned
        var kept = PointThinning.MinMax(values, 500);

        // Then the global minimum and maximum survive, and the thinned line covers the same range
        kept.ShouldContain(Array.IndexOf(values, values.Min()));
        kept.ShouldContain(Array.IndexOf(values, values.Max()));
        kept.Length.ShouldBeInRange(400, 500);
    }

    [Fact]
    public void Missing_values_are_never_picked_as_extremes()
    {
        var values = Enumerable.Range(0, 100).Select(i => i % 2 == 0 ? double.NaN : i).ToArray();

        var kept = PointThinning.MinMax(values, 10);

        kept.Skip(1).SkipLast(1).ShouldAllBe(i => !double.IsNaN(values[i]));
    }
}
