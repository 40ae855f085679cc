using StaticBench.Schema.Model;

namespace StaticBench.Importers.Tests.Formats;

public sealed class HyperfineImporterTests
{
    [Fact]
    public void Each_command_becomes_a_total_wall_time_series_with_every_run_in_nanoseconds()
    {
        // Given hyperfine --export-json of two named commands, 5 runs each
        // When it is imported
        var imported = Fixture.Import("hyperfine", "hyperfine/sleep.json");

        // Then each command is one series whose samples are its times, converted from seconds
        imported.Results.Select(r => r.Benchmark).Distinct().ShouldBe(["sleep short", "sleep 0.02"]);
        var sleep = imported.Single("sleep short", "wall-time");
        sleep.Phase.ShouldBe("total");
        sleep.Unit.ShouldBe("ns");
        sleep.Samples.Count.ShouldBe(5);
        sleep.Samples[0].ShouldBe(0.012598165180000002 * 1e9, tolerance: 1e-3);
        imported.Single("sleep short", "cpu-time").Samples.Count.ShouldBe(1);
    }

    [Fact]
    public void Parameter_scan_values_become_numeric_parameters()
    {
        var imported = Fixture.Import("hyperfine", "hyperfine/param.json");

        var sizes = imported.Results.Where(r => r.Metric == "wall-time").Select(r => r.Parameters!["size"]).ToArray();
        sizes.ShouldBe([ParameterValue.Of(1), ParameterValue.Of(2), ParameterValue.Of(3)]);
        imported.Results.First().Samples.Count.ShouldBe(3);
    }
}
