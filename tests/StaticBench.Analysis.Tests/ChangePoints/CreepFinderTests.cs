using StaticBench.Analysis.Findings;
using StaticBench.Analysis.ChangePoints;

namespace StaticBench.Analysis.Tests.ChangePoints;

public class CreepFinderTests
{
    [Fact]
    public void A_staircase_of_five_percent_steps_every_25_commits_is_reported_as_creep_issue_14()
    {
        // Given 600 points at 3% noise, 5% slower every 25 commits (2.6x by the end)
        var steps = Enumerable.Range(1, 23).Select(k => (k * 25, 0.05)).ToArray();
        var values = SeededSeries.Steps(seed: 14, count: 600, cv: 0.03, steps);
        var options = new DetectorOptions();
        var detected = ChangePointDetectors.Default.Detect(values, options);

        // When creep is looked for
        var creeps = CreepFinder.Find(values, detected, options);

        // Then a chain of creep findings covers most of the steps the detector left alone
        var covered = steps.Count(s => detected.Any(d => Math.Abs(d.Index - s.Item1) <= 5) || creeps.Any(c => c.From < s.Item1 && s.Item1 <= c.To));
        covered.ShouldBeGreaterThanOrEqualTo(19);
        creeps.ShouldAllBe(c => c.Change >= CreepFinder.Threshold - 1e-9 && c.Confidence >= 1 - CreepFinder.Alpha * 600);

        // And none of them was taken back: the level never came down
        creeps.ShouldAllBe(c => c.BackAt == null);
    }

    [Theory]
    [InlineData(19)]
    [InlineData(44)]
    [InlineData(47)]
    public void A_creep_up_a_slow_wander_that_comes_back_down_is_taken_back(int seed)
    {
        // Given 500 points at 4% noise wandering ±4% with a period of 250 commits: from a trough to the next crest the
        // level of 15 points rises 10% and more above the window's typical level, a creep no step explains
        var values = SeededSeries.Sine(seed, count: 500, cv: 0.04, amplitude: 0.04, period: 250);
        var options = new DetectorOptions();
        var detected = ChangePointDetectors.Default.Detect(values, options);
        var creep = CreepFinder.Find(values, detected, options).ShouldHaveSingleItem();

        // When what undid it is asked for
        var undone = Excursions.Find(values, detected, options).Undoing(creep);

        // Then the level came back down within 150 commits of its end, to within a third of its rise: an excursion from its
        // best level to that point, no open regression
        creep.BackAt.ShouldNotBeNull().ShouldBeInRange(creep.To + CreepFinder.LevelPoints, creep.To + Excursions.MaxSpan);
        undone.ShouldNotBeNull();
        (undone.From, undone.To, undone.Steps.Count, undone.CameBack).ShouldBe((creep.From, creep.BackAt.Value, 0, true));
        undone.Net.ShouldBeLessThan(creep.Change / 3);
        FindingsBuilder.ExcursionText(undone).ShouldEndWith($"({undone.Span} commits)");
    }

    [Fact]
    public void Slow_wander_that_comes_back_and_throughput_that_rises_are_not_creep()
    {
        // Given 500 points at 3% noise wandering ±3% with a period of 200 commits, and a throughput staircase going up (better)
        var random = new Random(7);
        var wander = Enumerable.Range(0, 500).Select(i => 1000 * (1 + 0.03 * Math.Sin(2 * Math.PI * i / 200)) * Math.Exp(0.03 * SeededSeries.Gaussian(random))).ToArray();
        var faster = SeededSeries.Steps(seed: 8, count: 400, cv: 0.03, [.. Enumerable.Range(1, 15).Select(k => (k * 25, 0.05))]);
        var options = new DetectorOptions();

        // Then neither is creep
        CreepFinder.Find(wander, ChangePointDetectors.Default.Detect(wander, options), options).ShouldBeEmpty();
        CreepFinder.Find(faster, ChangePointDetectors.Default.Detect(faster, options), options, worseIsUp: false).ShouldBeEmpty();
    }

    [Theory]
    [InlineData(3)]
    [InlineData(5)]
    [InlineData(6)]
    public void Slow_noise_the_size_of_the_noise_without_net_change_is_not_creep_issue_14(int seed)
    {
        // Given 600 points at 4% noise wandering ±4% with a period of 150 commits: from a trough, the level of 15
        // points rises 10% and more by chance, though it comes back (these seeds each read as one creep when only
        // the lowest level of the window was compared)
        var values = SlowWander(seed, count: 600, cv: 0.04, period: 150);
        var options = new DetectorOptions();

        // When creep is looked for
        var creeps = CreepFinder.Find(values, ChangePointDetectors.Default.Detect(values, options), options);

        // Then there is none: the level is no further above the window's typical level than the wander goes
        creeps.ShouldBeEmpty();
    }

    [Theory]
    [InlineData(19)]
    [InlineData(22)]
    public void A_creep_found_in_pure_noise_reads_doubtful_issue_14(int seed)
    {
        // Given 4,000 independent points at 3% noise, each 15% higher with chance 0.3 (a second mode): no change at
        // all, but the median of 15 points jumps when the second mode happens to cluster
        var values = TwoModes(seed, count: 4000);
        var options = new DetectorOptions();

        // When creep is looked for
        var creeps = CreepFinder.Find(values, ChangePointDetectors.Default.Detect(values, options), options);

        // Then the creep it finds there reads doubtful: noise of the stretch searched shows a split this clear often
        // (1 − p × n of the rank test between the lowest and the newest level read 0.96 and 0.94 here)
        creeps.ShouldHaveSingleItem().Confidence.ShouldBeLessThan(0.5);
    }

    private static double[] SlowWander(int seed, int count, double cv, double period)
    {
        var random = new Random(seed);
        var sigma = Math.Sqrt(Math.Log(1 + cv * cv));
        return [.. Enumerable.Range(0, count).Select(i => 1000 * (1 + cv * Math.Sin(2 * Math.PI * i / period)) * Math.Exp(sigma * SeededSeries.Gaussian(random)))];
    }

    private static double[] TwoModes(int seed, int count)
    {
        var random = new Random(seed);
        var sigma = Math.Sqrt(Math.Log(1 + 0.03 * 0.03));
        return [.. Enumerable.Range(0, count).Select(_ => 1000.0 * (random.NextDouble() < 0.3 ? 1.15 : 1) * Math.Exp(sigma * SeededSeries.Gaussian(random)))];
    }
}
