namespace StaticBench.Runner.Engines.Configured;

/// <summary>
/// A command from the engines file: an array of arguments whose placeholders (<c>{wasm}</c>,
/// <c>{artifact}</c>, <c>{export}</c>, <c>{scratch}</c>) are replaced only when they are the WHOLE argument.
/// Nothing ever goes through a shell, so a path with spaces or quotes stays one argument, and
/// <c>--dir={wasm}</c> is passed literally (say <c>["--dir", "{wasm}"]</c> instead).
/// </summary>
public sealed record CommandTemplate(IReadOnlyList<string> Arguments)
{
    public static IReadOnlyList<string> Placeholders { get; } = ["{wasm}", "{artifact}", "{export}", "{scratch}"];

    /// <summary>The program as written (a name looked up on PATH, or a path).</summary>
    public string Program => Arguments[0];

    /// <summary>The arguments after the program, placeholders replaced from <paramref name="values"/>.</summary>
    public IReadOnlyList<string> Expand(IReadOnlyDictionary<string, string> values) =>
        [.. Arguments.Skip(1).Select(a => values.TryGetValue(a, out var value) ? value : a)];
}
