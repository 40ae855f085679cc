namespace StaticBench.Importers;

/// <summary>An input file is not what its format promises. The message is <c>FILE: POSITION: expected ...</c>.</summary>
public sealed class ImportException(string source, string position, string problem)
    : FormatException($"{source}: {position}: {problem}")
{
    /// <summary>The file at fault.</summary>
    public string File { get; } = source;

    public string Position { get; } = position;
}
