using StaticBench.Schema.Model;

namespace StaticBench.Importers.Tests.Formats;

public sealed class GabImporterTests
{
    [Fact]
    public void Each_entry_is_one_value_with_its_unit_read()
    {
        var imported = Fixture.Import("gab", "gab/custom-smaller.json");

        var load = imported.Single("My Custom Smaller Is Better Benchmark - CPU Load", "value");
        (load.Unit, load.Samples[0], load.Better).ShouldBe(("%", 50.0, Better.Lower));
        imported.Single("My Custom Smaller Is Better Benchmark - Memory Used", "value").Unit.ShouldBe("bytes");
        imported.Single("My Custom Smaller Is Better Benchmark - Memory Used", "value").Samples.ShouldBe([100e6]);
        imported.Single("parse", "wall-time", "size=8").Samples.ShouldBe([254]);
    }

    [Fact]
    public void The_bigger_is_better_direction_is_given_by_the_caller()
    {
        var imported = new StaticBench.Importers.Formats.Gab.GabImporter(Better.Higher).Read([Fixture.Read("gab/custom-smaller.json")]);

        imported.Results.ShouldAllBe(r => r.Better == Better.Higher);
    }
}
