using StaticBench.Analysis.Series;
using StaticBench.Site.Model;
using StaticBench.Site.Tests.Support;
using StaticBench.Testing;

namespace StaticBench.Site.Tests.Pages;

public class ResultRowsTests
{
    [Fact]
    public void Keeps_the_newest_results_in_the_order_of_a_stable_sort()
    {
        // Given 60 runs of two engines on two machines, many of them started at the same minute
        var random = new Random(13);
        var runs = new List<Schema.Model.RecordedRun>();
        for (var n = 0; n < 60; n++)
        {
            var builder = new RunResultBuilder($"run-{random.Next(20):00}-{n:00}")
                .OnMachine(n % 3 == 0 ? "vm-b" : "vm-a")
                .AtCommit(Snapshots.Sha(n), Snapshots.T0.AddHours(n))
                .StartedAt(Snapshots.T0.AddMinutes(random.Next(8)));
            builder.WithResult("sort/quick", "execute", 100 + n, 101 + n);
            if (n % 2 == 0)
            {
                builder.WithResult("sort/quick", "compile", 10 + n);
            }

            runs.Add(Snapshots.Recorded(builder.Build(), n));
        }

        var series = SeriesBuilder.BuildSeries(runs).Series;

        // When the table keeps the newest 25 and all of them
        foreach (var max in new[] { 25, 1000, 1, 0 })
        {
            // Then it holds what sorting every observation and taking the first ones holds, in the same order
            var sorted = series
                .SelectMany(s => s.Observations.Select(o => (Observation: o, Key: s.Key.ToString())))
                .OrderByDescending(x => x.Observation.Run.Started)
                .ThenByDescending(x => x.Observation.Run.Id, StringComparer.Ordinal)
                .ThenBy(x => x.Key, StringComparer.Ordinal)
                .Take(max)
                .Select(x => (x.Observation.Run.Id, x.Observation.Result.Phase))
                .ToArray();
            ResultRows.For(series, max).Select(r => (r.RunId, r.Phase)).ShouldBe(sorted, $"max {max}");
        }
    }
}
