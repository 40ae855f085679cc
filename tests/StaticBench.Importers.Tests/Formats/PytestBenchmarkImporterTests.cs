using StaticBench.Schema.Model;

namespace StaticBench.Importers.Tests.Formats;

public sealed class PytestBenchmarkImporterTests
{
    [Fact]
    public void Saved_rounds_are_samples_and_params_are_parameters()
    {
        var imported = Fixture.Import("pytest-benchmark", "pytest-benchmark/saved.json");

        var sort = imported.Single("test_sort.py::test_sort", "wall-time", "size=100");
        sort.Samples.Count.ShouldBe(119);
        sort.Samples[0].ShouldBe(4.876999810221605e-06 * 1e9, tolerance: 1e-6);
        imported.Single("test_sort.py::test_sort", "wall-time", "size=1000").Samples.Count.ShouldBe(30);
        imported.Single("test_sort.py::test_join", "wall-time").Parameters.ShouldBeNull();
        imported.Harness.Version.ShouldBe("3.2.2");
    }

    [Fact]
    public void Without_saved_rounds_the_median_is_the_one_sample()
    {
        var text = File.ReadAllText(Fixture.PathOf("pytest-benchmark/saved.json"));
        var root = System.Text.Json.Nodes.JsonNode.Parse(text)!;
        foreach (var benchmark in root["benchmarks"]!.AsArray())
        {
            benchmark!["stats"]!.AsObject().Remove("data");
        }

        var imported = ImporterRegistry.Default.Find("pytest-benchmark").Read([ImportSource.FromText("no-data.json", root.ToJsonString())]);

        imported.Results.ShouldAllBe(r => r.Samples.Count == 1);
    }
}
