namespace StaticBench.Cli.Building;

/// <summary>What <c>staticbench build</c> was asked to do.</summary>
/// <param name="Data">The data repository: a local folder or a remote URL.</param>
/// <param name="Branch">The data branch.</param>
/// <param name="DataFolder">The folder inside the data repository holding <c>results/</c>.</param>
/// <param name="Output">Where the site goes.</param>
/// <param name="Templates">A user's copy of templates/, or null for the bundled ones.</param>
/// <param name="Title">The site's title.</param>
/// <param name="ProjectBranch">The benchmarked project's main branch (trend lines); null: the most common one.</param>
/// <param name="CacheRoot">Where mirrors and the incremental cache live; null: the default.</param>
/// <param name="Incremental">False reads the whole history again, ignoring and not writing the cache.</param>
/// <param name="SampleCommits">How many of the newest commits publish raw samples for the compare view (<see cref="Site.SiteOptions.SampleCommits"/>).</param>
public sealed record BuildOptions(
    string Data,
    string Branch = "main",
    string DataFolder = "",
    string Output = "site",
    string? Templates = null,
    string Title = "Benchmarks",
    string? ProjectBranch = null,
    string? CacheRoot = null,
    bool Incremental = true,
    int SampleCommits = 250);
