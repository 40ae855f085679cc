namespace StaticBench.Cli.Console;

/// <summary>How <c>staticbench run</c> prints its results.</summary>
public enum RunFormat
{
    /// <summary>Criterion-style lines: [low median high] per benchmark, engine and phase, with the native ratio.</summary>
    Pretty,

    /// <summary>The result file itself (docs/result-format.md), exactly as <c>record</c> accepts it.</summary>
    Json,

    /// <summary>Tables of phases × engines per benchmark and size (medians, native ratio), for docs and PRs.</summary>
    Markdown,
}
