using StaticBench.Analysis.Findings;
using StaticBench.Analysis.Tests.Series;
using StaticBench.Schema.Model;
using StaticBench.Testing;

namespace StaticBench.Analysis.Tests.Findings;

public class RefreshScheduleTests
{
    private static readonly DateTimeOffset T0 = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(1, 1)]
    [InlineData(255, 1)]
    [InlineData(256, 2)]
    [InlineData(600, 4)]
    [InlineData(3000, 16)]
    [InlineData(100_000, 32)]
    public void Checkpoints_grow_apart_with_the_length_up_to_32_points(int count, int interval) =>
        RefreshSchedule.Interval(count).ShouldBe(interval);

    [Fact]
    public void Short_series_are_examined_whole_and_long_ones_lag_by_less_than_their_interval_never_going_back()
    {
        foreach (var id in new[] { "a1b2c3d4e5", "0000000000", "ffffffffff" })
        {
            var previous = 0;
            for (var count = 1; count <= 5000; count++)
            {
                var examined = RefreshSchedule.Examined(id, count);
                if (count < RefreshSchedule.EveryPointBelow)
                {
                    examined.ShouldBe(count);
                }

                examined.ShouldBeInRange(count - RefreshSchedule.Interval(count) + 1, count);
                examined.ShouldBeGreaterThanOrEqualTo(previous);
                previous = examined;
            }
        }
    }

    [Fact]
    public void One_new_run_moves_about_one_series_in_sixteen_at_3000_points()
    {
        // Given 200 series of 3,000 points, each getting one more point
        var ids = Enumerable.Range(0, 200).Select(i => Analysis.Series.SeriesId.ShortHash($"series {i}")).ToArray();

        // Then only the series reaching a checkpoint are examined again: their phases spread them over the builds
        var moved = ids.Count(id => RefreshSchedule.Examined(id, 3001) != RefreshSchedule.Examined(id, 3000));
        moved.ShouldBeInRange(4, 30);
    }

    [Fact]
    public void A_step_at_the_newest_commits_of_a_long_series_is_reported_at_once_from_the_samples()
    {
        // Given 600-odd runs of 10 samples with 2% noise, the last three twice as slow, at a length where the detector examined none of those three
        var id = HistoryAnalysis.Run(Snapshot(History(1, _ => 1))).Series.Series.Single().Id;
        var count = Enumerable.Range(600, 4).First(n => RefreshSchedule.Examined(id, n) <= n - 3);
        var runs = History(count, commit => commit > count - 3 ? 2.0 : 1.0);

        var analysis = HistoryAnalysis.Run(Snapshot(runs));

        // Then the raw samples report it at once, at the first slow commit
        var finding = analysis.Findings.ShouldHaveSingleItem();
        (finding.Kind, finding.Basis, finding.Index).ShouldBe((FindingKind.Regression, FindingBasis.Samples, count - 3));
        analysis.Statuses[id].State.ShouldBe(SeriesState.Regression);
    }

    [Fact]
    public void An_incremental_build_finds_what_a_full_build_finds()
    {
        // Given a long history with a step in its middle, analysed run by run with the memo carried between builds
        var runs = History(420, commit => commit > 300 ? 1.3 : 1.0);
        var remembered = 0;
        foreach (var (incremental, full, memo) in BuildByBuild(runs, 400, 420))
        {
            remembered += memo.Remembered;

            // Then every build equals a build without any memory of the earlier ones
            incremental.Findings.Select(f => (f.Id, f.Index, f.Change, f.Confidence)).ShouldBe(full.Findings.Select(f => (f.Id, f.Index, f.Change, f.Confidence)));
            incremental.Findings.ShouldContain(f => f.Basis == FindingBasis.Trend && f.Index == 300);
        }

        // And about every other build (checkpoints are 2 points apart at this length) took the detector's result from the memo
        remembered.ShouldBeInRange(8, 12);
    }

    [Fact]
    public void Steps_in_the_newest_samples_found_build_by_build_are_what_a_full_build_finds()
    {
        // Given a long history 50% slower from its 411th commit on, with one odd run 40% slow at its 394th
        var runs = History(420, commit => (commit > 410 ? 1.5 : 1.0) * (commit == 394 ? 1.4 : 1.0));
        var extended = 0;

        // When it is analysed run by run, each build's sample tests going on from the last build's
        foreach (var (incremental, full, memo) in BuildByBuild(runs, 390, 420))
        {
            extended += memo.SamplesExtended;

            // Then every build finds what a build without any memory of the earlier ones finds
            incremental.Findings.Select(f => (f.Id, f.Basis, f.Index, f.Change, f.Confidence)).ShouldBe(full.Findings.Select(f => (f.Id, f.Basis, f.Index, f.Change, f.Confidence)));
        }

        // And the odd run was a step only while it was the newest, the slow runs are one step, and most builds went on from the last
        HistoryAnalysis.Run(Snapshot(runs[..394])).Findings.ShouldContain(f => f.Basis == FindingBasis.Samples && f.Index == 393);
        HistoryAnalysis.Run(Snapshot(runs[..396])).Findings.ShouldNotContain(f => f.Index == 393);
        HistoryAnalysis.Run(Snapshot(runs[..413])).Findings.ShouldContain(f => f.Basis == FindingBasis.Samples && f.Index == 410);
        extended.ShouldBeGreaterThan(10);
    }

    [Fact]
    public void A_remembered_scan_gives_the_excursions_a_fresh_scan_finds()
    {
        // Given a long history whose level rose 30% at commit 300 and came back at 340
        var runs = History(420, commit => commit > 300 && commit <= 340 ? 1.3 : 1.0);
        var memo = new DetectionMemo();
        var remembered = 0;
        for (var count = 400; count <= 410; count++)
        {
            // When it is analysed run by run with the memo carried between builds
            var incremental = HistoryAnalysis.Run(Snapshot(runs[..count]), new AnalysisOptions { Memo = memo });
            remembered += memo.Remembered;
            memo = new DetectionMemo(memo.Used.ToDictionary(), memo.UsedSamples.ToDictionary());

            // Then each finding, and the excursion it is part of, is what a build without the memo finds
            var full = HistoryAnalysis.Run(Snapshot(runs[..count]));
            incremental.Findings.Select(Described).ShouldBe(full.Findings.Select(Described));
            incremental.Findings.ShouldContain(f => f.Index == 300 && f.Excursion != null && f.Excursion.To == 340);
        }

        remembered.ShouldBeGreaterThan(0);

        static string Described(Finding f) => f.Excursion is { } e
            ? $"{f.Id} {f.Index} {f.Change:R} {f.Confidence:R} {e.From}-{e.To} {e.Peak:R} {e.Net:R} [{string.Join(",", e.Steps)}] {e.Wander:R} {e.Shape}"
            : $"{f.Id} {f.Index} {f.Change:R} {f.Confidence:R}";
    }

    [Fact]
    public void Creep_in_a_long_series_is_found_up_to_its_checkpoint_and_a_remembered_scan_gives_what_a_fresh_one_finds()
    {
        // Given a long history whose level creeps up 0.25% a commit from its 250th commit on, to the newest
        var runs = History(430, commit => 1 + 0.0025 * Math.Max(0, commit - 250));
        var remembered = 0;
        foreach (var (incremental, full, memo) in BuildByBuild(runs, 400, 430))
        {
            remembered += memo.Remembered;

            // Then every build reports the creep, ending at or before the checkpoint the detector examined up to,
            // and what it reports is what a build without any memory of the earlier ones does
            var creep = incremental.Findings.Single(f => f.Basis == FindingBasis.Creep);
            var id = incremental.Series.Series.Single().Id;
            creep.Index.ShouldBeLessThan(RefreshSchedule.Examined(id, incremental.Series.Series.Single().Points.Count));
            creep.FromIndex.ShouldBeLessThan(260);
            incremental.Findings.Select(f => (f.Id, f.Basis, f.Index, f.Change, f.Confidence)).ShouldBe(full.Findings.Select(f => (f.Id, f.Basis, f.Index, f.Change, f.Confidence)));
        }

        // And the builds between checkpoints took the creep from the memo with the detector's steps
        remembered.ShouldBeGreaterThan(10);
    }

    /// <summary>
    /// Builds of <paramref name="runs"/>' first <paramref name="from"/> to <paramref name="to"/> runs, one after another with the
    /// memo carried between them as a site build keeps it, each beside a build of the same runs without any memory.
    /// </summary>
    private static IEnumerable<(AnalysedHistory Incremental, AnalysedHistory Full, DetectionMemo Memo)> BuildByBuild(RecordedRun[] runs, int from, int to)
    {
        var memo = new DetectionMemo();
        for (var count = from; count <= to; count++)
        {
            var incremental = HistoryAnalysis.Run(Snapshot(runs[..count]), new AnalysisOptions { Memo = memo });
            yield return (incremental, HistoryAnalysis.Run(Snapshot(runs[..count])), memo);
            memo = new DetectionMemo(memo.Used.ToDictionary(), memo.UsedSamples.ToDictionary());
        }
    }

    private static DataSnapshot Snapshot(RecordedRun[] runs) => new() { DataCommit = new string('d', 40), Runs = runs };

    private static RecordedRun[] History(int count, Func<int, double> level)
    {
        var random = new Random(14);
        return Enumerable.Range(1, count).Select(commit => SeriesBuilderTests.Recorded(
            new RunResultBuilder($"r{commit}")
                .AtCommit(RunResultBuilder.Commit(commit), T0.AddHours(commit), commit > 1 ? [RunResultBuilder.Commit(commit - 1)] : [])
                .StartedAt(T0.AddHours(commit))
                .WithResult(new BenchmarkResult
                {
                    Benchmark = "parse/large", Phase = "total", Metric = "wall-time", Unit = "ns", Better = Better.Lower,
                    Samples = Enumerable.Range(0, 10).Select(_ => 1e6 * level(commit) * (1 + 0.02 * (random.NextDouble() - 0.5))).ToArray(),
                }),
            commit)).ToArray();
    }
}
