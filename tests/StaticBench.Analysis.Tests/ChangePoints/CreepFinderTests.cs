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
}
