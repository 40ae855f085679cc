using StaticBench.Analysis.ChangePoints;

namespace StaticBench.Analysis.Tests.ChangePoints;

public class SeriesDriftTests
{
    [Fact]
    public void The_slope_is_measured_inside_segments_so_a_step_between_them_is_not_taken_for_a_drift()
    {
        // Given a line rising 0.001 per point under noise of 0.02, with a jump of 0.3 at 100 (more than the whole drift)
        var random = new Random(4);
        var data = Enumerable.Range(0, 300).Select(i => 0.001 * i + (i >= 100 ? 0.3 : 0) + 0.02 * SeededSeries.Gaussian(random)).ToArray();

        // Then with the step as a cut the slope is the line's; without it, the jump bends it
        SeriesDrift.Slope(data, [100]).ShouldBe(0.001, tolerance: 0.0001);
        SeriesDrift.Slope(data, []).ShouldBeGreaterThan(0.0015);
    }

    [Fact]
    public void Long_segments_are_thinned_but_keep_their_true_positions()
    {
        // Given 5,000 points on a line (thinned to about 500 for the slope)
        var data = Enumerable.Range(0, 5000).Select(i => 3 - 0.0002 * i).ToArray();

        SeriesDrift.Slope(data, []).ShouldBe(-0.0002, tolerance: 1e-12);
        SeriesDrift.Remove(data, -0.0002).ShouldAllBe(v => Math.Abs(v - 3) < 1e-9);
    }

    [Fact]
    public void A_drift_the_first_round_cut_into_a_staircase_raises_no_alarm()
    {
        // Given 450 points drifting up 7% under 2% noise, which the first round cuts into steps at 92, 207 and
        // 356, where the noise happened to be low before and high after: the points beside those cuts flatten
        // the slope measured inside the segments, and with them left out it is steep enough to take the drift off
        var values = SeededSeries.Steps(seed: 54, count: 450, cv: 0.02).Select((v, i) => v * (1 + 0.07 * i / 450)).ToArray();

        // When detected, then nothing is reported (with those points in, the three steps were)
        ChangePointDetectors.Default.Detect(values, new DetectorOptions()).ShouldBeEmpty();
    }
}
