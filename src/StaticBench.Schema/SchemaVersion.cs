namespace StaticBench.Schema;

/// <summary>The result format's version tag. Files carry it in their <c>schema</c> field.</summary>
public static class SchemaVersion
{
    public const string Prefix = "staticbench/result/v";

    /// <summary>The newest version this build reads and writes.</summary>
    public const int Latest = 1;

    public const string Current = "staticbench/result/v1";

    /// <summary>Parses <c>staticbench/result/vN</c> into N; null when the tag has another shape.</summary>
    public static int? Parse(string tag) =>
        tag.StartsWith(Prefix, StringComparison.Ordinal)
        && int.TryParse(tag.AsSpan(Prefix.Length), System.Globalization.NumberStyles.None, null, out var n)
        && n > 0
            ? n
            : null;
}
