using StaticBench.Schema.Model;

namespace StaticBench.Importers.Tests.Formats;

public sealed class TinybenchImporterTests
{
    [Fact]
    public void Retained_latency_samples_are_the_samples_in_nanoseconds()
    {
        // Given tinybench tasks serialized as JSON, run with retainSamples: true
        var imported = Fixture.Import("tinybench", "tinybench/tasks.json");

        // Then each task is a wall-time series of its latency samples (ms → ns), parameters from the name
        var sort = imported.Single("sort", "wall-time", "size=100");
        sort.Samples.Count.ShouldBe(368);
        sort.Samples[0].ShouldBe(0.0063589999999749125 * 1e6, tolerance: 1e-6);
        (sort.Unit, sort.Better).ShouldBe(("ns", Better.Lower));
        imported.Single("join", "wall-time").Samples.Count.ShouldBe(91);
    }

    [Fact]
    public void The_console_table_gives_the_median_latency_of_each_task()
    {
        var imported = Fixture.Import("tinybench", "tinybench/table.txt");

        imported.Single("sort", "wall-time", "size=100").Samples.ShouldBe([9775.0]);
        imported.Single("sort", "wall-time", "size=1000").Samples.ShouldBe([168515]);
        imported.Single("join", "wall-time").Samples.ShouldBe([18743]);
    }

    [Fact]
    public void Tasks_without_statistics_are_skipped_with_their_state()
    {
        var json = """[{"name": "throws", "result": {"state": "errored", "error": {"message": "boom"}}}, {"name": "ok", "result": {"state": "completed", "latency": {"p50": 0.5}}}]""";

        var imported = ImporterRegistry.Default.Find("tinybench").Read([ImportSource.FromText("tasks.json", json)]);

        imported.Single("ok", "wall-time").Samples.ShouldBe([500_000]);
        imported.Skipped.Single().ToString().ShouldBe("tasks.json: $[0]: 'throws' has no statistics (state errored: boom)");
    }
}
