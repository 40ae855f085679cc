using System.Text;
using System.Text.Json.Nodes;
using StaticBench.Schema.Json;
using StaticBench.Schema.Model;
using StaticBench.Schema.Validation;
using StaticBench.Testing;

namespace StaticBench.Schema.Tests.Model;

public class ResultInternerTests
{
    private static RunResult Read(RunResult run, ResultInterner interner, Action<JsonObject>? change = null)
    {
        var node = JsonNode.Parse(ResultJson.Serialize(run))!.AsObject();
        change?.Invoke(node);
        var outcome = ResultReader.Read(Encoding.UTF8.GetBytes(node.ToJsonString()), $"{run.Run.Id}.json", interner);
        outcome.IsValid.ShouldBeTrue(string.Join("\n", outcome.Problems));
        return outcome.Result!;
    }

    [Fact]
    public void Runs_read_through_one_interner_share_their_machine_harness_and_commit_ids()
    {
        // Given two runs of one machine, the second measuring the child of the first one's commit
        var interner = new ResultInterner();
        var first = Read(new RunResultBuilder("run-1").WithResult("sort/quick", "compile", 1200).Build(), interner);
        var second = Read(
            new RunResultBuilder("run-2").WithResult("sort/quick", "compile", 1210).Build(),
            interner,
            node => node["run"]!["project"]!["parents"] = new JsonArray(first.Run.Project.Commit));

        // When both are read, Then what repeats is one instance, and what was read is unchanged
        second.Run.Machine.ShouldBeSameAs(first.Run.Machine);
        second.Run.Harness.ShouldBeSameAs(first.Run.Harness);
        second.Run.Project.Parents.ShouldBe([first.Run.Project.Commit]);
        second.Run.Project.Parents[0].ShouldBeSameAs(first.Run.Project.Commit);
    }

    [Fact]
    public void Lists_of_the_same_headers_or_the_same_sample_starts_are_kept_once()
    {
        // Given the headers of two runs of one suite, and of a run that lists them in another order
        var interner = new ResultInterner();
        var quick = interner.Header(new BenchmarkResult { Benchmark = "sort/quick", Phase = "compile", Metric = "wall-time", Unit = "ns", Better = Better.Lower, Samples = [] });
        var merge = interner.Header(quick with { Benchmark = "sort/merge" });
        var first = interner.Headers([quick, merge]);

        // Then a list equal to it, header for header, is that same list; another order, or an equal but separate header, is not
        interner.Headers([quick, merge]).ShouldBeSameAs(first);
        interner.Headers([merge, quick]).ShouldNotBeSameAs(first);
        interner.Headers([quick, merge with { }]).ShouldNotBeSameAs(first);

        // And where samples start is shared by value: ten samples for each of two results, or not
        var tens = interner.Starts([0, 10, 20]);
        interner.Starts([0, 10, 20]).ShouldBeSameAs(tens);
        interner.Starts([0, 10, 21]).ShouldNotBeSameAs(tens);
        interner.Starts([0, 10]).ShouldNotBeSameAs(tens);
    }

    [Fact]
    public void Machines_with_other_tools_or_the_same_tools_in_another_order_stay_apart()
    {
        // Given one machine described with tools in two orders, and with another version
        var interner = new ResultInterner();
        var run = new RunResultBuilder("run-1").WithResult("sort/quick", "compile", 1200).Build();
        MachineInfo WithTools(params (string Name, string Version)[] tools) =>
            Read(run, interner, node => node["run"]!["machine"]!["tools"] = new JsonObject(tools.Select(t => KeyValuePair.Create(t.Name, (JsonNode?)JsonValue.Create(t.Version))))).Run.Machine;

        var a = WithTools(("node", "20.1"), ("clang", "14"));
        var same = WithTools(("node", "20.1"), ("clang", "14"));
        var reordered = WithTools(("clang", "14"), ("node", "20.1"));
        var other = WithTools(("node", "22.0"), ("clang", "14"));

        // Then only the identical description is shared, so every run still shows its tools as written
        same.ShouldBeSameAs(a);
        reordered.ShouldNotBeSameAs(a);
        reordered.Tools!.Keys.ShouldBe(["clang", "node"]);
        other.ShouldNotBeSameAs(a);
        other.Tools!["node"].ShouldBe("22.0");
    }
}
