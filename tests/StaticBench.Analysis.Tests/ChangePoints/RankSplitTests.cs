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
        RankSplit.Best(values, from: 100, to: 200, minSegment: 5).At.ShouldBe(130);
    }

    [Fact]
    public void Tied_values_get_their_mean_rank_so_a_quantized_series_splits_where_it_changes()
    {
        // Given counts that take three values, the higher two only from index 20 on
        double[] counts = [.. Enumerable.Repeat(7.0, 20), .. Enumerable.Range(0, 25).Select(i => i % 2 == 0 ? 8.0 : 9.0)];

        RankSplit.Best(counts, 0, counts.Length, minSegment: 5).At.ShouldBe(20);
    }

    [Fact]
    public void A_stretch_shorter_than_two_minimum_segments_has_no_split()
    {
        RankSplit.Best([1, 2, 3, 4, 5, 6, 7, 8, 9], 0, 9, minSegment: 5).At.ShouldBe(-1);
    }

    [Fact]
    public void Binary_segmentation_on_ranks_proposes_each_step_of_a_series_and_nothing_on_a_constant_one()
    {
        // Given three steps under 1% noise, one of them 15 points from the end
        var values = SeededSeries.Steps(seed: 6, count: 300, cv: 0.01, (60, 0.05), (170, -0.04), (285, 0.06));
        var logs = values.Select(v => Math.Log(v)).ToArray();

        // When candidates are proposed, then each step is among them (the detector's test sorts out the rest)
        var candidates = RankSegmentation.Candidates(logs, minSegment: 5);
        foreach (var step in new[] { 60, 170, 285 })
        {
            candidates.ShouldContain(c => Math.Abs(c - step) <= 1);
        }

        // And counts that never change give no candidate at all (every point ties)
        RankSegmentation.Candidates([.. Enumerable.Repeat(1234.0, 100)], minSegment: 5).ShouldBeEmpty();
    }

    [Fact]
    public void The_searched_p_of_the_best_split_of_pure_noise_is_below_5_percent_in_about_5_percent_of_series()
    {
        // Given 2,000 stretches of 100 points of pure noise, each split where it is clearest
        var below = Enumerable.Range(1, 2000).Count(seed =>
        {
            var values = SeededSeries.Steps(seed, count: 100, cv: 0.05);
            var (at, _) = RankSplit.Best(values, 0, values.Length, minSegment: 5);
            return RankSplit.SearchedP(values, 0, at, values.Length) < 0.05;
        });

        // Then the search is paid for: at most about 5% read p < 0.05 (Pettitt's approximation errs a little to
        // the safe side), where a plain Mann-Whitney p at the chosen split is below 0.05 in most of them
        (below / 2000.0).ShouldBeInRange(0.02, 0.06);
    }

    [Fact]
    public void The_searched_p_of_a_clear_step_is_tiny()
    {
        var values = SeededSeries.Steps(seed: 4, count: 200, cv: 0.01, (130, 0.03));

        RankSplit.SearchedP(values, 0, 130, 200).ShouldBeLessThan(1e-6);
    }
}
