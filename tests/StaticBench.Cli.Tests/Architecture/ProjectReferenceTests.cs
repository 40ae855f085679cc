using System.Xml.Linq;
using StaticBench.Testing;

namespace StaticBench.Cli.Tests.Architecture;

/// <summary>
/// Data flows one way: Schema → Store / Analysis → Site → Cli. This guards the arrows and keeps each
/// third-party library fenced into the one project made for it (docs/architecture.md).
/// </summary>
public class ProjectReferenceTests
{
    private static readonly Dictionary<string, string[]> AllowedProjects = new()
    {
        ["StaticBench.Schema"] = [],
        ["StaticBench.Store"] = ["StaticBench.Schema"],
        ["StaticBench.Analysis"] = ["StaticBench.Schema"],
        ["StaticBench.Runner"] = ["StaticBench.Schema"],
        ["StaticBench.Importers"] = ["StaticBench.Schema"],
        ["StaticBench.Site"] = ["StaticBench.Schema", "StaticBench.Analysis"],
        // The GitHub client uses nothing of ours; the bot drives the client, the runner, the store and the comparisons.
        ["StaticBench.GitHub"] = [],
        ["StaticBench.Bot"] = ["StaticBench.Schema", "StaticBench.GitHub", "StaticBench.Runner", "StaticBench.Store", "StaticBench.Analysis"],
        ["StaticBench.Cli"] = ["StaticBench.Schema", "StaticBench.Store", "StaticBench.Analysis", "StaticBench.Site", "StaticBench.Runner", "StaticBench.GitHub", "StaticBench.Bot", "StaticBench.Importers"],
    };

    private static readonly Dictionary<string, string> LibraryHome = new()
    {
        ["LibGit2Sharp"] = "StaticBench.Store",
        ["Handlebars.Net"] = "StaticBench.Site",
        ["Markdig"] = "StaticBench.Site",
        // ScottPlot brings SkiaSharp and HarfBuzz natives; naming SkiaSharp elsewhere (for example
        // the plain SkiaSharp.NativeAssets.Linux 4.x, which needs libfontconfig) would split them.
        ["ScottPlot"] = "StaticBench.Site",
        ["SkiaSharp"] = "StaticBench.Site",
        ["System.CommandLine"] = "StaticBench.Cli",
        ["Perfolizer"] = "StaticBench.Analysis",
        ["MathNet.Numerics"] = "StaticBench.Analysis",
        ["Octokit"] = "StaticBench.GitHub",
        ["CsvHelper"] = "StaticBench.Importers",
    };

    public static TheoryData<string> Projects() => [.. AllowedProjects.Keys];

    [Theory]
    [MemberData(nameof(Projects))]
    public void A_project_references_only_what_is_upstream_of_it(string project)
    {
        var csproj = XDocument.Load(Path.Combine(RepositoryRoot.Path, "src", project, $"{project}.csproj"));
        var references = csproj.Descendants("ProjectReference")
            .Select(r => Path.GetFileNameWithoutExtension(r.Attribute("Include")!.Value))
            .ToArray();

        references.ShouldBeSubsetOf(AllowedProjects[project]);
    }

    [Theory]
    [MemberData(nameof(Projects))]
    public void Each_library_is_used_by_its_one_project(string project)
    {
        var text = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "src", project, $"{project}.csproj"));
        foreach (var (library, home) in LibraryHome.Where(l => text.Contains(l.Key, StringComparison.Ordinal)))
        {
            project.ShouldBe(home, $"{library} belongs in {home}");
        }
    }

    [Fact]
    public void The_CLI_reaches_git_only_through_Store()
    {
        // LibGit2Sharp flows to the CLI's output through its reference to Store; the CLI must not name its types.
        CliSourcesMention("LibGit2Sharp").ShouldBeFalse("the CLI must reach git only through StaticBench.Store");
    }

    private static bool CliSourcesMention(string text) =>
        Directory.EnumerateFiles(Path.Combine(RepositoryRoot.Path, "src", "StaticBench.Cli"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Any(f => File.ReadAllText(f).Contains(text, StringComparison.Ordinal));
}
