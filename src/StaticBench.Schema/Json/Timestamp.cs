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

    /// <summary>
    /// <see cref="TryParse"/> of the common spelling alone, <c>2026-11-21T10:00:00Z</c> (20 bytes of UTF-8), without
    /// a string or the pattern: a result file has three times, and the pattern was most of reading one on a history of
    /// small files. False for every other text (which <see cref="TryParse"/> then decides); for this one both give the
    /// same value.
    /// </summary>
    public static bool TryParseUtc(ReadOnlySpan<byte> utf8, out DateTimeOffset value)
    {
        value = default;
        if (utf8.Length != 20 || utf8[4] != '-' || utf8[7] != '-' || utf8[10] != 'T' || utf8[13] != ':' || utf8[16] != ':' || utf8[19] != 'Z')
        {
            return false;
        }

        static int Digits(ReadOnlySpan<byte> utf8, int at, int count)
        {
            var n = 0;
            for (var i = at; i < at + count; i++)
            {
                var digit = (uint)(utf8[i] - '0');
                if (digit > 9)
                {
                    return -1;
                }

                n = (n * 10) + (int)digit;
            }

            return n;
        }

        var (year, month, day, hour, minute, second) = (Digits(utf8, 0, 4), Digits(utf8, 5, 2), Digits(utf8, 8, 2), Digits(utf8, 11, 2), Digits(utf8, 14, 2), Digits(utf8, 17, 2));
        if (year < 1 || month < 1 || month > 12 || day < 1 || day > DateTime.DaysInMonth(year, month) || hour > 23 || minute > 59 || second > 59 || (year | day | hour | minute | second) < 0)
        {
            return false;
        }

        value = new DateTimeOffset(year, month, day, hour, minute, second, TimeSpan.Zero);
        return true;
    }

    private static int Int(Match m, string group) => int.Parse(m.Groups[group].ValueSpan, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^(?<y>[0-9]{4})-(?<mo>[0-9]{2})-(?<d>[0-9]{2})[Tt ](?<h>[0-9]{2}):(?<mi>[0-9]{2}):(?<s>[0-9]{2})(\.(?<f>[0-9]{1,18}))?(?<zone>[Zz]|(?<sign>[+-])(?<oh>[0-9]{2}):?(?<om>[0-9]{2}))\z", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
