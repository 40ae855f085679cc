using StaticBench.Schema.Model;

namespace StaticBench.Importers.Tests.Formats;

public sealed class GoogleBenchmarkImporterTests
{
    [Fact]
    public void Repetitions_are_samples_and_aggregates_are_skipped()
    {
        // Given --benchmark_repetitions=3 output, which adds mean/median/stddev/cv rows per benchmark
        var imported = Fixture.Import("google-benchmark", "google-benchmark/repetitions.json");

        // Then the three repetitions of BM_Sort/256 (microseconds) are three samples in nanoseconds
        var sort = imported.Single("BM_Sort", "wall-time", "arg0=256");
        sort.Samples.ShouldBe([3112.3347627289983, 2240.24389745963, 2563.4667343244], tolerance: 1e-6);
        sort.Unit.ShouldBe("ns");
        imported.Skipped.Count(s => s.Reason.Contains("aggregate")).ShouldBe(12);
        imported.Started.ShouldBe(DateTimeOffset.Parse("2026-12-03T08:46:09+00:00"));
    }

    [Fact]
    public void Named_arguments_counters_and_rates_become_parameters_and_metrics()
    {
        var imported = Fixture.Import("google-benchmark", "google-benchmark/repetitions.json");

        imported.Single("BM_Copy", "wall-time", "len=1024").Samples.Count.ShouldBe(3);
        imported.Single("BM_Copy", "items-per-second", "len=1024").Better.ShouldBe(Better.Higher);
        imported.Single("BM_Sort", "throughput", "arg0=4096").Better.ShouldBe(Better.Higher);
        imported.Single("BM_Sort", "swaps_hint", "arg0=4096").Samples.ShouldBe([4096, 4096, 4096]);
        imported.Single("BM_Sort", "cpu-time", "arg0=256").Samples.Count.ShouldBe(3);
    }

    [Fact]
    public void A_plain_run_gives_one_sample_per_benchmark()
    {
        var imported = Fixture.Import("google-benchmark", "google-benchmark/plain.json");

        imported.Results.Where(r => r.Metric == "wall-time").ShouldAllBe(r => r.Samples.Count == 1);
        imported.Skipped.ShouldBeEmpty();
    }
}
