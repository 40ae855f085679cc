using StaticBench.Site.Charts;

namespace StaticBench.Site.Tests.Charts;

public class PointThinningTests
{
    private static double[] Steps(int count) => Enumerable.Range(0, count).Select(i => (double)i).ToArray();

    private static int[] Kept(IReadOnlyList<PointColumn> columns) => columns.SelectMany(c => c.Kept).ToArray();

    [Fact]
    public void A_line_with_fewer_points_than_columns_is_kept_whole()
    {
        var columns = PointThinning.ByColumn([0, 1, 2], [3, 1, 2], 0, 3, 800);

        Kept(columns).ShouldBe([0, 1, 2]);
    }

    [Fact]
    public void A_long_line_keeps_its_one_commit_spike_and_dip_and_both_ends()
    {
        // Given 3,000 flat points with one spike and one dip
        var values = Enumerable.Repeat(100.0, 3000).ToArray();
        values[1234] = 180;
        values[2345] = 40;

        // When thinned to 800 columns
        var kept = Kept(PointThinning.ByColumn(Steps(3000), values, 0, 2999, 800));

        // Then at most two points a column remain, in order, with the extremes and the first and last point
        kept.Length.ShouldBeLessThanOrEqualTo(1600);
        kept.ShouldBe(kept.Order().Distinct().ToArray());
        kept.ShouldContain(1234);
        kept.ShouldContain(2345);
        kept[0].ShouldBe(0);
        kept[^1].ShouldBe(2999);
    }

    [Fact]
    public void Every_column_keeps_its_lowest_and_highest_value_wherever_the_points_fall()
    {
        // Given 5,000 noisy points at uneven dates: bunched at the start, sparse at the end
        var random = new Random(7);
        var x = Enumerable.Range(0, 5000).Select(i => Math.Pow(i / 5000.0, 3) * 100).ToArray();
        var values = x.Select(_ => random.NextDouble()).ToArray();

        // When thinned to 300 columns of the dates
        var columns = PointThinning.ByColumn(x, values, 0, 100, 300);

        // Then each column is the run of points whose dates fall in it, once each, and it keeps exactly their extremes
        columns.Sum(c => c.Last - c.First + 1).ShouldBe(5000);
        columns.Count.ShouldBeLessThanOrEqualTo(300);
        foreach (var column in columns)
        {
            var inColumn = Enumerable.Range(column.First, column.Last - column.First + 1).ToArray();
            inColumn.Select(i => Math.Floor(x[i] / (100.0 / 300))).Distinct().Count().ShouldBe(1);
            values[column.Min].ShouldBe(inColumn.Min(i => values[i]));
            values[column.Max].ShouldBe(inColumn.Max(i => values[i]));
        }

        Kept(columns).Length.ShouldBeLessThanOrEqualTo(600);
    }

    [Fact]
    public void Points_outside_the_range_join_the_first_or_last_column()
    {
        var columns = PointThinning.ByColumn([-5, 0, 5, 10, 15], [1, 2, 3, 4, 5], 0, 10, 2);

        columns.Select(c => (c.First, c.Last)).ShouldBe([(0, 1), (2, 4)]);
    }

    [Fact]
    public void Missing_values_are_never_picked_as_extremes()
    {
        var values = Enumerable.Range(0, 100).Select(i => i % 2 == 0 ? double.NaN : i).ToArray();

        var columns = PointThinning.ByColumn(Steps(100), values, 0, 100, 10);

        columns.ShouldAllBe(c => !double.IsNaN(values[c.Min]) && !double.IsNaN(values[c.Max]));
    }
}
