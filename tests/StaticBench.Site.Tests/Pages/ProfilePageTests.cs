using StaticBench.Schema.Model;
using StaticBench.Site.Tests.Support;
using StaticBench.Testing;

namespace StaticBench.Site.Tests.Pages;

/// <summary>Issue 18, item 4 (part): a benchmark page shows the newest instruction profile and what moved since the commit before.</summary>
public class ProfilePageTests
{
    [Fact]
    public void A_planted_loop_shows_as_the_opcodes_and_function_that_grew_since_the_previous_commit()
    {
        // Given two profiled commits of one benchmark; the second runs one extra loop in `checksum`:
        // 500 more i32.add, 500 more br_if, and 12 opcodes in all, so two of them fall into "the rest"
        var before = Opcodes(extraAdds: 0);
        var after = Opcodes(extraAdds: 500);
        var snapshot = new DataSnapshot
        {
            DataCommit = Snapshots.DataCommit,
            Runs =
            [
                Run(1, before, new Dictionary<string, double> { ["main"] = 3_000, ["checksum"] = before.Values.Sum() - 3_000 }),
                Run(2, after, new Dictionary<string, double> { ["main"] = 3_000, ["checksum"] = after.Values.Sum() - 3_000 }),
            ],
        };

        // When the site is generated
        var output = SiteHarness.Generate(snapshot);

        // Then the benchmark page names the newest commit against the one before, and the grown opcodes and function with their change
        var page = HtmlChecks.Parse(output.Text(output.Files.Keys.Single(p => p.StartsWith("benchmarks/suite-loop", StringComparison.Ordinal) && p.EndsWith(".html", StringComparison.Ordinal))));
        var profile = page.QuerySelector("section.profile")!;
        profile.QuerySelector("p.meta")!.TextContent.ShouldContain($"At {CommitId.Short(Snapshots.Sha(2))}, against {CommitId.Short(Snapshots.Sha(1))}");
        var opcodes = Rows(profile, "table.profile-opcodes");
        opcodes[0].ShouldBe(["i32.add", "2,500", "35.71%", "+500 (+25.0%)"]);
        opcodes[1].ShouldBe(["br_if", "1,500", "21.43%", "+500 (+50.0%)"]);
        opcodes[2].ShouldBe(["local.get", "1,000", "14.29%", "no change"]);
        opcodes.Count.ShouldBe(11);
        opcodes[^1].ShouldBe(["the other 2", "20", "0.29%", "no change"]);
        var functions = Rows(profile, "table.profile-functions");
        functions[0].ShouldBe(["checksum", "4,000", "57.14%", "+1,000 (+33.33%)"]);
        functions[1].ShouldBe(["main", "3,000", "42.86%", "no change"]);
    }

    [Fact]
    public void Each_opcode_has_its_history_in_its_row_not_a_chart_of_its_own_issue_18()
    {
        // Given two profiled commits of one benchmark (a dozen opcode series and two function series) and a timed series beside them
        var timed = Snapshots.Recorded(
            new RunResultBuilder("t2").AtCommit(Snapshots.Sha(2), Snapshots.T0.AddHours(2), [Snapshots.Sha(1)]).StartedAt(Snapshots.T0.AddHours(2))
                .WithResult("suite/loop", "execute", 1000, 1010, 990).Build(), 3);
        var snapshot = new DataSnapshot
        {
            DataCommit = Snapshots.DataCommit,
            Runs =
            [
                Run(1, Opcodes(0), new Dictionary<string, double> { ["main"] = 5_940 }),
                Run(2, Opcodes(500), new Dictionary<string, double> { ["main"] = 6_940 }),
                timed,
            ],
        };

        // When the site is generated
        var output = SiteHarness.Generate(snapshot);

        // Then the page has one trend chart (the timed series), the profile rows carry their history as a sparkline,
        // and the index links an opcode's series to its profile table
        var path = output.Files.Keys.Single(p => p.StartsWith("benchmarks/suite-loop", StringComparison.Ordinal) && p.EndsWith(".html", StringComparison.Ordinal));
        var page = HtmlChecks.Parse(output.Text(path));
        page.QuerySelectorAll("[data-chart]").Length.ShouldBe(1);
        var profile = page.QuerySelector("section.profile")!;
        var add = profile.QuerySelectorAll("table.profile-opcodes tbody tr").First();
        add.QuerySelector("td.trend span")!.GetAttribute("title").ShouldBe("2 commits: 2,000 to 2,500");
        add.QuerySelector("td.trend svg.spark").ShouldNotBeNull();
        var index = HtmlChecks.Parse(output.Text("index.html"));
        index.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!).ShouldContain($"{path}#{profile.Id}");
    }

    [Fact]
    public void Profiles_of_different_runs_and_commits_each_stand_at_their_own_newest_commit_issue_18()
    {
        // Given a small-size profile at commits 1 and 2, and a medium-size one recorded by a second run at commit 1 only
        var medium = Snapshots.Recorded(
            new RunResultBuilder("m1").AtCommit(Snapshots.Sha(1), Snapshots.T0.AddHours(1)).StartedAt(Snapshots.T0.AddHours(1).AddMinutes(5))
                .WithProfile("suite/loop", "medium", Opcodes(0), new Dictionary<string, double> { ["main"] = 5_940 }).Build(),
            5);
        var snapshot = new DataSnapshot
        {
            DataCommit = Snapshots.DataCommit,
            Runs =
            [
                Run(1, Opcodes(0), new Dictionary<string, double> { ["main"] = 5_940 }),
                medium,
                Run(2, Opcodes(500), new Dictionary<string, double> { ["main"] = 6_940 }),
            ],
        };

        // When the site is generated
        var output = SiteHarness.Generate(snapshot);

        // Then both profiles are shown: the small one at commit 2 against commit 1, the medium one at commit 1 with nothing before it
        var page = HtmlChecks.Parse(output.Text(output.Files.Keys.Single(p => p.StartsWith("benchmarks/suite-loop", StringComparison.Ordinal) && p.EndsWith(".html", StringComparison.Ordinal))));
        var sections = page.QuerySelectorAll("section.profile").ToDictionary(s => s.QuerySelector("h3")!.TextContent, s => s.QuerySelector("p.meta")!.TextContent);
        sections.Keys.Order().ShouldBe(["suite/loop [size=medium] · wasm-opcodes/block-counters · execute", "suite/loop [size=small] · wasm-opcodes/block-counters · execute"]);
        sections["suite/loop [size=small] · wasm-opcodes/block-counters · execute"].ShouldStartWith($"At {CommitId.Short(Snapshots.Sha(2))}, against {CommitId.Short(Snapshots.Sha(1))}");
        sections["suite/loop [size=medium] · wasm-opcodes/block-counters · execute"].ShouldStartWith($"At {CommitId.Short(Snapshots.Sha(1))}: ");
    }

    private static Dictionary<string, double> Opcodes(int extraAdds)
    {
        var opcodes = new Dictionary<string, double>
        {
            ["i32.add"] = 2_000 + extraAdds, ["br_if"] = 1_000 + extraAdds, ["local.get"] = 1_000, ["local.set"] = 900, ["i32.load"] = 400,
            ["i32.store"] = 300, ["i32.mul"] = 200, ["call"] = 100, ["return"] = 50, ["i32.const"] = 30, ["drop"] = 10, ["nop"] = 10,
        };
        return opcodes;
    }

    private static RecordedRun Run(int commit, Dictionary<string, double> opcodes, Dictionary<string, double> functions) =>
        Snapshots.Recorded(
            new RunResultBuilder($"p{commit}")
                .AtCommit(Snapshots.Sha(commit), Snapshots.T0.AddHours(commit), commit > 1 ? [Snapshots.Sha(commit - 1)] : [])
                .StartedAt(Snapshots.T0.AddHours(commit))
                .WithProfile("suite/loop", "small", opcodes, functions)
                .Build(),
            commit);

    private static List<string[]> Rows(AngleSharp.Dom.IElement section, string table) =>
        section.QuerySelectorAll($"{table} tbody tr").Select(r => r.Children.Where(c => !c.ClassList.Contains("trend")).Select(c => c.TextContent.Trim()).ToArray()).ToList();
}
