using System.Globalization;

namespace StaticBench.Runner.Suite;

/// <summary>A job size asked for on the command line: a label of the manifest, or a number.</summary>
public sealed record SizeRequest(string Label, long? Value)
{
    public static IReadOnlyList<SizeRequest> Default { get; } = [Parse("small"), Parse("medium"), Parse("large")];

    public static SizeRequest Parse(string text) =>
        long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0
            ? new SizeRequest(n.ToString(CultureInfo.InvariantCulture), n)
            : new SizeRequest(text.Trim().ToLowerInvariant(), null);

    /// <summary>The SIZE to build <paramref name="program"/> with, or null when it has no such size.</summary>
    public long? For(SuiteProgram program) => Value ?? (program.Sizes.TryGetValue(Label, out var n) ? n : null);

    /// <summary>
    /// The label a result of <paramref name="program"/> carries: the manifest's name for this SIZE when it has one
    /// (<c>--size 10000</c> for sort is its <c>small</c>, the same build and the same series), else the number.
    /// </summary>
    public string LabelFor(SuiteProgram program) =>
        Value is { } n && program.Sizes.FirstOrDefault(s => s.Value == n) is { Key: { } named } ? named : Label;
}
