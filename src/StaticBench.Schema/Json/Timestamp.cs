using System.Globalization;
using System.Text.RegularExpressions;

namespace StaticBench.Schema.Json;

/// <summary>
/// The one definition of a result file's time: RFC 3339 date-time, which is what the JSON Schema's
/// <c>date-time</c> format and pattern allow: <c>2026-11-21T10:00:00Z</c>, a fraction of a second,
/// <c>t</c>/<c>z</c> in lower case, a space instead of <c>T</c>, an offset <c>+01:00</c> or <c>+0100</c>.
/// The validator and the reader (<see cref="TimestampConverter"/>) both use it, so a file that
/// validates is always readable.
/// </summary>
public static partial class Timestamp
{
    /// <summary>Parses <paramref name="text"/>; false for anything else, including dates that do not exist
    /// (2026-02-30), leap seconds, offsets beyond ±14:00 and times outside the years 1 to 9999 in UTC.</summary>
    public static bool TryParse(string text, out DateTimeOffset value)
    {
        value = default;
        var m = Pattern().Match(text);
        if (!m.Success)
        {
            return false;
        }

        try
        {
            var sign = m.Groups["zone"].Value is "Z" or "z" ? 0 : m.Groups["sign"].Value == "-" ? -1 : 1;
            var offset = sign == 0 ? TimeSpan.Zero : sign * new TimeSpan(Int(m, "oh"), Int(m, "om"), 0);
            var local = new DateTime(Int(m, "y"), Int(m, "mo"), Int(m, "d"), Int(m, "h"), Int(m, "mi"), Int(m, "s"), DateTimeKind.Unspecified);
            var fraction = m.Groups["f"].Value;
            if (fraction.Length > 0)
            {
                // Ticks are 100 ns: keep 7 digits, drop the rest.
                local = local.AddTicks(long.Parse(fraction.PadRight(7, '0')[..7], CultureInfo.InvariantCulture));
            }

            value = new DateTimeOffset(local, offset);
            return true;
        }
        catch (ArgumentException)
        {
            return false; // no such date, offset out of range, or outside DateTimeOffset's years
        }
    }

    private static int Int(Match m, string group) => int.Parse(m.Groups[group].ValueSpan, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^(?<y>[0-9]{4})-(?<mo>[0-9]{2})-(?<d>[0-9]{2})[Tt ](?<h>[0-9]{2}):(?<mi>[0-9]{2}):(?<s>[0-9]{2})(\.(?<f>[0-9]{1,18}))?(?<zone>[Zz]|(?<sign>[+-])(?<oh>[0-9]{2}):?(?<om>[0-9]{2}))\z", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
