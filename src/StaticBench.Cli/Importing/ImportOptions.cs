namespace StaticBench.Cli.Importing;

/// <summary>The options of <c>staticbench import</c>, as parsed.</summary>
public sealed record ImportOptions
{
    /// <summary>A format name, or <c>auto</c> to guess from the first file.</summary>
    public string Format { get; init; } = "auto";

    /// <summary>The files of one harness run; a folder stands for every file under it.</summary>
    public required IReadOnlyList<string> Files { get; init; }

    /// <summary>Where the result file goes; null: standard output.</summary>
    public string? Output { get; init; }

    /// <summary>A folder in the benchmarked project's git checkout (default: the current folder).</summary>
    public string? Project { get; init; }

    public string? Machine { get; init; }

    /// <summary>The measured commit (a revision of the project checkout); default its HEAD.</summary>
    public string? Commit { get; init; }

    public string? Branch { get; init; }

    public string? RunId { get; init; }
}
