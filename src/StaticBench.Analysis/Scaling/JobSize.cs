using System.Globalization;

namespace StaticBench.Analysis.Scaling;

/// <summary>
/// A series' job size, read from its parameters: a numeric parameter with a size-like name (<see cref="IsSizeLike"/>),
/// the names of that size (size-like parameters that are not numbers, such as the suite's <c>size=small</c> beside
/// <c>n=10000</c>), and the parameters that are something else (<see cref="OtherParameters"/>). Series that differ only
/// in their job size share <see cref="OtherParameters"/> and lie on one job-size axis.
/// </summary>
/// <param name="Parameter">The size parameter's name (<c>n</c>, <c>bytes</c>, ...).</param>
/// <param name="Value">Its value, positive.</param>
/// <param name="Label">The size's name when a size-like parameter names it (<c>small</c>), else empty.</param>
/// <param name="OtherParameters">Every other parameter, as <c>a=1,b=x</c>; the labels are not among them.</param>
public sealed record JobSize(string Parameter, double Value, string Label, string OtherParameters)
{
    private static readonly string[] SizeNames = ["size", "n", "count", "jobs", "job-size", "bytes", "length", "len", "items", "elements", "functions", "lines", "modules", "module-size", "input-size", "scale", "work"];

    /// <summary>How the size reads in a table: <c>n=10000 (small)</c>.</summary>
    public string Text => $"{Parameter}={Value.ToString("R", CultureInfo.InvariantCulture)}{(Label.Length > 0 ? $" ({Label})" : "")}";

    public static bool IsSizeLike(string name)
    {
        var lower = name.ToLowerInvariant();
        return SizeNames.Contains(lower) || lower.EndsWith("size", StringComparison.Ordinal) || lower.EndsWith("-count", StringComparison.Ordinal) || lower.EndsWith("_count", StringComparison.Ordinal);
    }

    /// <summary>The first of <see cref="Candidates"/>, or null when the parameters hold no numeric size.</summary>
    public static JobSize? Of(string parameters) => Candidates(parameters).FirstOrDefault();

    /// <summary>
    /// Every numeric size-like parameter of <paramref name="parameters"/> (<c>a=1,b=x</c>) as a job size: a series with two
    /// (module bytes and functions, say) lies on two axes. Non-numeric size-like parameters are names of the size, never
    /// another dimension.
    /// </summary>
    public static IEnumerable<JobSize> Candidates(string parameters)
    {
        if (string.IsNullOrEmpty(parameters))
        {
            yield break;
        }

        var pairs = parameters.Split(',').Select(p => p.Split('=', 2)).Where(p => p.Length == 2).ToArray();
        var labels = pairs.Where(p => IsSizeLike(p[0]) && !IsNumber(p[1], out _)).ToArray();
        foreach (var pair in pairs)
        {
            if (!IsSizeLike(pair[0]) || !IsNumber(pair[1], out var value) || value <= 0)
            {
                continue;
            }

            var others = string.Join(",", pairs.Where(p => p != pair && !labels.Contains(p)).Select(p => $"{p[0]}={p[1]}"));
            yield return new JobSize(pair[0], value, string.Join(" ", labels.Select(l => l[1])), others);
        }
    }

    private static bool IsNumber(string text, out double value) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);
}
