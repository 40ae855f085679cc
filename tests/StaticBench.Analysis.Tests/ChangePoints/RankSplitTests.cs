using StaticBench.Analysis.ChangePoints;

namespace StaticBench.Analysis.Tests.ChangePoints;

public class RankSplitTests
{
    [Fact]
    public void The_best_split_of_a_stretch_is_where_its_step_is()
    {
        // Given a +3% step at index 130 under 1% noise, looked at between 100 and 200
        var values = SeededSeries.Steps(seed: 4, count: 200, cv: 0.01, (130, 0.03));

        // When the stretch is split by rank, then the split is at the step
        RankSplit.Best(values, from: 100, to: 200, minSegment: 5).ShouldBe(130);
    }

    [Fact]
    public void Tied_values_get_their_mean_rank_so_a_quantized_series_splits_where_it_changes()
    {
        // Given counts that take three values, the higher two only from index 20 on
        double[] counts = [.. Enumerable.Repeat(7.0, 20), .. Enumerable.Range(0, 25).Select(i => i % 2 == 0 ? 8.0 : 9.0)];

        RankSplit.Best(counts, 0, counts.Length, minSegment: 5).ShouldBe(20);
    }

    [Fact]
    public void A_stretch_shorter_than_two_minimum_segments_has_no_split()
    {
        RankSplit.Best([1, 2, 3, 4, 5, 6, 7, 8, 9], 0, 9, minSegment: 5).ShouldBe(-1);
    }
}
