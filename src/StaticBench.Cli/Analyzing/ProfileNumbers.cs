using System.Globalization;

namespace StaticBench.Cli.Analyzing;

/// <summary>How <c>analyze</c> writes counts and shares in its human-readable formats.</summary>
public static class ProfileNumbers
{
    public static string Count(double value) => value.ToString("#,0", CultureInfo.InvariantCulture);

    public static string Signed(double value) => value.ToString("+#,0;-#,0;0", CultureInfo.InvariantCulture);

    public static string Percent(double fraction, bool signed = false) =>
        !double.IsFinite(fraction) ? "" : (fraction * 100).ToString(signed ? "+0.00;-0.00;0.00" : "0.00", CultureInfo.InvariantCulture) + "%";

    /// <summary>The section's heading line: the run, its total, and when comparing the base total and the change.</summary>
    public static string Heading(ProfileSection section) => section.BaseTotal is { } b
        ? $"{section.Key}: {Count(b)} → {Count(section.Total)} instructions ({Signed(section.Total - b)}, {Percent(b == 0 ? double.NaN : (section.Total - b) / b, signed: true)})"
        : $"{section.Key}: {Count(section.Total)} instructions";
}
