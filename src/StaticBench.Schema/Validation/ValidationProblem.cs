namespace StaticBench.Schema.Validation;

/// <summary>One thing wrong with a result file: which file, where in it (a JSON path such as
/// <c>$.results[2].samples[0]</c>) and what.</summary>
public sealed record ValidationProblem(string File, string Path, string Message)
{
    public override string ToString() => $"{File}: {Path}: {Message}";
}
