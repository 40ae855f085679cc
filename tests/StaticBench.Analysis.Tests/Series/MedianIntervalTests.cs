using StaticBench.Analysis.Series;

namespace StaticBench.Analysis.Tests.Series;

public class MedianIntervalTests
{
    [Theory]
    [InlineData(5, 0)] // no pair of order statistics reaches 95%: the whole range
    [InlineData(6, 0)] // 2 P(B <= 0) = 2/64 = 3.1%
    [InlineData(10, 1)] // 2 P(B <= 1) = 2.1%; 2 P(B <= 2) = 10.9%
    [InlineData(100, 39)] // the textbook ranks 40 and 61 of 100
    public void Lower_rank_at_95_percent_is_the_binomial_one_and_the_same_when_asked_again(int n, int rank)
    {
        MedianInterval.LowerRank(n).ShouldBe(rank);
        MedianInterval.LowerRank(n).ShouldBe(rank); // remembered the first time
        MedianInterval.LowerRank(n, 0.95).ShouldBe(rank);
    }

    [Fact]
    public void Other_confidences_are_computed_not_remembered()
    {
        MedianInterval.LowerRank(100).ShouldBe(39);
        MedianInterval.LowerRank(100, 0.99).ShouldBe(36); // ranks 37 and 64 of 100
        MedianInterval.LowerRank(100).ShouldBe(39);
    }

    [Fact]
    public void The_interval_of_ten_sorted_samples_is_the_second_and_ninth()
    {
        double[] sorted = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
        MedianInterval.Of(sorted).ShouldBe((2.0, 9.0));
    }
}
