using StaticBench.Schema.Model;

namespace StaticBench.Importers.Tests.Formats;

public sealed class BenchmarkDotNetImporterTests
{
    [Fact]
    public void Full_json_samples_are_result_stage_measurements_per_operation()
    {
        var imported = Fixture.Import("benchmarkdotnet", "benchmarkdotnet/SortBenchmarks-report-full-compressed.json");

        var sort = imported.Single("SortBenchmarks.SortArray", "wall-time", "Kind=dec,N=100");
        sort.Samples.ShouldBe([1991.8217391967773, 1888.1360778808594, 2231.5868644714355, 1575.3097343444824, 1652.1180839538574], tolerance: 1e-9);
        imported.Single("SortBenchmarks.SortArray", "allocated-memory", "Kind=dec,N=100").Samples.ShouldBe([424]);
        imported.Single("SortBenchmarks.SortArray", "allocated-memory", "Kind=dec,N=100").Exact.ShouldBe(true);
        imported.Single("SortBenchmarks.SortArray", "wall-time", "Kind=dec,N=100").Exact.ShouldBeNull();
        imported.Results.Select(r => r.Parameters!["N"]).Distinct().ShouldBe([ParameterValue.Of(100), ParameterValue.Of(1000)]);
        imported.Harness.Version.ShouldBe("0.15.8");
    }

    [Fact]
    public void Brief_json_and_measurements_csv_of_one_run_agree()
    {
        // Given the brief JSON and the measurements CSV written by the same BenchmarkDotNet run
        var brief = Fixture.Import("benchmarkdotnet", "benchmarkdotnet/SortBenchmarks-report-brief.json");
        var csv = Fixture.Import("benchmarkdotnet", "benchmarkdotnet/SortBenchmarks-measurements.csv");

        // Then both give the same wall-time samples (the CSV holds 18 Result rows over 4 cases)
        var fromCsv = csv.Results.Where(r => r.Metric == "wall-time").ToArray();
        fromCsv.Sum(r => r.Samples.Count).ShouldBe(18);
        foreach (var result in fromCsv)
        {
            var twin = brief.Single(result.Benchmark, "wall-time", SeriesKey.FormatParameters(result.Parameters));
            result.Samples.ShouldBe(twin.Samples, tolerance: 1e-6);
        }
    }
}
