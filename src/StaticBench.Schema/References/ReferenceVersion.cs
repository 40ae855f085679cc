namespace StaticBench.Schema.References;

/// <summary>The reference-results format's version tag. Files carry it in their <c>schema</c> field.</summary>
public static class ReferenceVersion
{
    public const string Prefix = "staticbench/reference/v";

    public const int Latest = 1;

    public const string Current = "staticbench/reference/v1";

    /// <summary>Whether a file's <c>schema</c> tag says it is a reference file (of any version).</summary>
    public static bool Is(string? tag) => tag is not null && tag.StartsWith(Prefix, StringComparison.Ordinal);
}
