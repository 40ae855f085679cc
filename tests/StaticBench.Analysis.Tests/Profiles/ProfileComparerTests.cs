using StaticBench.Analysis.Profiles;
using StaticBench.Testing;

namespace StaticBench.Analysis.Tests.Profiles;

public class ProfileComparerTests
{
    private static readonly Dictionary<string, double> BaseOpcodes = new() { ["local.get"] = 600, ["i32.add"] = 300, ["br_if"] = 100 };

    private static readonly Dictionary<string, double> BaseFunctions = new() { ["run"] = 200, ["func[2]"] = 800 };

    [Fact]
    public void A_run_gives_one_profile_per_benchmark_and_size_most_frequent_first()
    {
        // Given a run with two sizes profiled and a wall-time result beside them
        var run = new RunResultBuilder("r")
            .WithProfile("wasm/hash", "small", BaseOpcodes, BaseFunctions)
            .WithProfile("wasm/hash", "medium", new Dictionary<string, double> { ["i32.add"] = 5 }, new Dictionary<string, double> { ["run"] = 5 })
            .WithResult("wasm/hash", "execute", 1000)
            .Build();

        // When its profiles are read
        var profiles = ProfileReader.Read(run);

        // Then there is one per size, keyed without the opcode or function, sorted by count
        profiles.Count.ShouldBe(2);
        var small = profiles.Single(p => p.Key.Parameters == "size=small");
        small.Key.Engine.ShouldBe("wasm-opcodes/block-counters");
        small.Opcodes.Select(o => o.Name).ShouldBe(["local.get", "i32.add", "br_if"]);
        small.Functions[0].ShouldBe(new ProfileEntry("func[2]", 800));
        small.Total.ShouldBe(1000);
    }

    [Fact]
    public void The_comparison_lists_what_changed_largest_change_first_and_what_one_side_lacks()
    {
        // Given a base, and a head where a new loop in run adds 150 i32.add and 60 local.get, and a new opcode appears
        var baseRun = new RunResultBuilder("b").WithProfile("wasm/hash", "small", BaseOpcodes, BaseFunctions)
            .WithProfile("wasm/sort", "small", BaseOpcodes, BaseFunctions).Build();
        var headRun = new RunResultBuilder("h").WithProfile("wasm/hash", "small",
            new Dictionary<string, double> { ["local.get"] = 660, ["i32.add"] = 450, ["br_if"] = 100, ["i32.load8_u"] = 40 },
            new Dictionary<string, double> { ["run"] = 450, ["func[2]"] = 800 }).Build();

        // When they are compared
        var difference = ProfileComparer.Compare(ProfileReader.Read(baseRun), ProfileReader.Read(headRun));

        // Then hash's changes come largest first with their share of the base total, unchanged ones left out
        var hash = difference.Comparisons.ShouldHaveSingleItem();
        hash.Delta.ShouldBe(250);
        hash.Opcodes.Select(c => (c.Name, c.Delta)).ShouldBe([("i32.add", 150.0), ("local.get", 60.0), ("i32.load8_u", 40.0)]);
        hash.ShareOfTotal(hash.Opcodes[0]).ShouldBe(0.15);
        hash.Opcodes[2].Relative.ShouldBe(double.PositiveInfinity);
        hash.Functions.ShouldBe([new ProfileChange("run", 200, 450)]);
        difference.OnlyInBase.ShouldBe([new ProfileKey("wasm/sort", "size=small", "wasm-opcodes/block-counters", "execute")]);
        difference.OnlyInHead.ShouldBeEmpty();
    }

    [Fact]
    public void A_run_without_profiles_has_none()
    {
        ProfileReader.Read(new RunResultBuilder("r").WithResult("wasm/hash", "execute", 1000).Build()).ShouldBeEmpty();
    }
}
