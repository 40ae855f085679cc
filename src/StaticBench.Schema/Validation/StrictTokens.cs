using System.Text;
using System.Text.Json;
using StaticBench.Schema.Model;

namespace StaticBench.Schema.Validation;

/// <summary>
/// Thrown inside <see cref="SinglePassReader"/> when a file is anything but plainly valid. It carries no message:
/// <see cref="ResultReader"/> then reads the file the thorough way, which finds and words every problem.
/// </summary>
internal sealed class NotPlainlyValid : Exception;

/// <summary>
/// The token-level rules of <see cref="StrictJson"/> and the value rules of <see cref="ElementChecker"/>, applied by
/// <see cref="SinglePassReader"/> as it reads with <see cref="Utf8JsonReader"/>. Each either returns a value that the
/// thorough reader would accept, or throws <see cref="NotPlainlyValid"/>.
/// </summary>
internal static class StrictTokens
{
    /// <summary>Texts longer than this (in UTF-8 bytes) are decoded on the heap instead of the stack.</summary>
    private const int StackText = 256;

    public static NotPlainlyValid Refused() => new();

    public static void Read(ref Utf8JsonReader r)
    {
        if (!r.Read())
        {
            throw Refused();
        }
    }

    public static void Expect(ref Utf8JsonReader r, JsonTokenType type)
    {
        if (r.TokenType != type)
        {
            throw Refused();
        }
    }

    /// <summary>
    /// Moves to the value of the next member of the object being read and returns the member's index in
    /// <paramref name="names"/>, or -1 at the end of the object. A member named twice (plainly or escaped) is
    /// refused; a member not in <paramref name="names"/> is allowed, as format v1 allows it, once its value is checked
    /// the way <see cref="StrictJson"/> checks every value, and skipped.
    /// </summary>
    public static int NextMember(ref Utf8JsonReader r, MemberNames names, ref MembersSeen seen)
    {
        while (true)
        {
            Read(ref r);
            if (r.TokenType == JsonTokenType.EndObject)
            {
                if ((seen.Known & names.Required) != names.Required)
                {
                    throw Refused();
                }

                return -1;
            }

            string? unknown = null;
            int index;
            if (!r.ValueIsEscaped)
            {
                index = names.IndexOf(r.ValueSpan, seen.Last + 1);
                if (index < 0)
                {
                    unknown = Encoding.UTF8.GetString(r.ValueSpan);
                }
            }
            else
            {
                unknown = r.GetString()!; // throws on an unpaired surrogate escape
                index = names.IndexOf(Encoding.UTF8.GetBytes(unknown), 0);
            }

            Read(ref r);
            if (index >= 0)
            {
                var bit = 1UL << index;
                if ((seen.Known & bit) != 0)
                {
                    throw Refused();
                }

                seen.Known |= bit;
                seen.Last = index;
                return index;
            }

            seen.Unknown ??= new HashSet<string>(StringComparer.Ordinal);
            if (!seen.Unknown.Add(unknown!))
            {
                throw Refused();
            }

            SkipValue(ref r);
        }
    }

    /// <summary>Skips the value at the reader, refusing what <see cref="StrictJson"/> refuses inside it.</summary>
    public static void SkipValue(ref Utf8JsonReader r)
    {
        switch (r.TokenType)
        {
            case JsonTokenType.String when r.ValueIsEscaped:
                _ = r.GetString(); // throws on an unpaired surrogate escape
                break;
            case JsonTokenType.StartArray:
                for (Read(ref r); r.TokenType != JsonTokenType.EndArray; Read(ref r))
                {
                    SkipValue(ref r);
                }

                break;
            case JsonTokenType.StartObject:
                var names = new HashSet<string>(StringComparer.Ordinal);
                for (Read(ref r); r.TokenType != JsonTokenType.EndObject; Read(ref r))
                {
                    if (!names.Add(r.GetString()!))
                    {
                        throw Refused();
                    }

                    Read(ref r);
                    SkipValue(ref r);
                }

                break;
        }
    }

    /// <summary>
    /// A string, or the name of a member of a map (tools, parameters), as <see cref="ElementChecker.Text"/> accepts
    /// it: no control character, and not blank when
    /// <paramref name="required"/>. With <paramref name="interner"/>, the shared copy (decoded on the stack, so a text
    /// seen before allocates nothing).
    /// </summary>
    public static string Text(ref Utf8JsonReader r, bool required, ResultInterner? interner = null)
    {
        if (r.TokenType is not (JsonTokenType.String or JsonTokenType.PropertyName))
        {
            throw Refused();
        }

        if (interner is not null && !r.ValueIsEscaped && r.ValueSpan.Length <= StackText)
        {
            Span<char> buffer = stackalloc char[r.ValueSpan.Length]; // UTF-8 never takes fewer bytes than UTF-16 takes chars
            var text = buffer[..Encoding.UTF8.GetChars(r.ValueSpan, buffer)];
            Check(text, required);
            return interner.String(text);
        }

        var s = r.GetString()!; // throws on an unpaired surrogate escape
        Check(s, required);
        return interner?.String(s) ?? s;
    }

    /// <summary>A finite number (<c>1e400</c> is not one), exactly as <see cref="Utf8JsonReader.TryGetDouble"/> reads it.</summary>
    public static double Finite(ref Utf8JsonReader r)
    {
        if (r.TokenType != JsonTokenType.Number)
        {
            throw Refused();
        }

        return (!r.HasValueSequence && TryShortDecimal(r.ValueSpan, out var fast)) || (r.TryGetDouble(out fast) && double.IsFinite(fast)) ? fast : throw Refused();
    }

    /// <summary>
    /// Reads a JSON number of at most 15 digits without an exponent (<c>209241</c>, <c>-16815313.5</c>): the digits
    /// and the power of ten that scales them are both exact doubles, so one correctly rounded division gives exactly
    /// the double a full parser gives (Clinger's fast path). Samples are mostly such numbers, and the full parser was
    /// a tenth of reading a file. False for anything else, which the full parser then reads.
    /// </summary>
    private static bool TryShortDecimal(ReadOnlySpan<byte> number, out double value)
    {
        value = 0;
        var negative = number.Length > 0 && number[0] == (byte)'-';
        long digits = 0;
        int count = 0, fraction = -1;
        for (var i = negative ? 1 : 0; i < number.Length; i++)
        {
            var digit = (uint)(number[i] - '0');
            if (digit <= 9)
            {
                digits = (digits * 10) + digit;
                count++;
                fraction += fraction >= 0 ? 1 : 0;
            }
            else if (number[i] == (byte)'.' && fraction < 0)
            {
                fraction = 0;
            }
            else
            {
                return false; // an exponent
            }
        }

        if (count is 0 or > 15)
        {
            return false;
        }

        var magnitude = fraction > 0 ? digits / PowersOfTen[fraction] : digits;
        value = negative ? -magnitude : magnitude;
        return true;
    }

    /// <summary>10^0 to 10^15, each an exact double.</summary>
    private static readonly double[] PowersOfTen = [1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

    /// <summary>A whole number from <paramref name="min"/> to <paramref name="max"/>, as <see cref="ElementChecker.Integer"/> accepts it.</summary>
    public static long Integer(ref Utf8JsonReader r, long min, long max = int.MaxValue) =>
        r.TokenType == JsonTokenType.Number && r.TryGetInt64(out var n) && n >= min && n <= max ? n : throw Refused();

    public static bool Boolean(ref Utf8JsonReader r) => r.TokenType switch
    {
        JsonTokenType.True => true,
        JsonTokenType.False => false,
        _ => throw Refused(),
    };

    /// <summary>A time as <see cref="Json.Timestamp"/> defines it.</summary>
    public static DateTimeOffset Timestamp(ref Utf8JsonReader r) =>
        r.TokenType == JsonTokenType.String && !r.ValueIsEscaped && !r.HasValueSequence && Json.Timestamp.TryParseUtc(r.ValueSpan, out var utc) ? utc
        : Json.Timestamp.TryParse(Text(ref r, required: true), out var t) ? t : throw Refused();

    /// <summary>A full commit id: 40 or 64 lower-case hex digits (<c>ResultValidator.CheckCommitId</c>).</summary>
    public static string CommitId(ref Utf8JsonReader r, ResultInterner? interner = null)
    {
        var id = Text(ref r, required: true, interner);
        return id.Length is 40 or 64 && !id.AsSpan().ContainsAnyExcept("0123456789abcdef") ? id : throw Refused();
    }

    private static void Check(ReadOnlySpan<char> text, bool required)
    {
        if ((required && text.IsWhiteSpace()) || ControlCharacters.In(text))
        {
            throw Refused();
        }
    }
}

/// <summary>The members an object of the format knows, by index (at most 64), and which of them it requires.</summary>
internal sealed class MemberNames
{
    private readonly byte[][] _names;

    public MemberNames(string[] names, params string[] required)
    {
        _names = [.. names.Select(Encoding.UTF8.GetBytes)];
        Required = required.Aggregate(0UL, (mask, name) => mask | (1UL << Array.IndexOf(names, name)));
    }

    public ulong Required { get; }

    /// <summary>The index of <paramref name="name"/>, or -1. The search starts at <paramref name="start"/> and wraps
    /// around: files list members in the order of this table, so the next member is mostly the first one tried.</summary>
    public int IndexOf(ReadOnlySpan<byte> name, int start)
    {
        for (var n = 0; n < _names.Length; n++)
        {
            var i = (start + n) % _names.Length;
            if (name.SequenceEqual(_names[i]))
            {
                return i;
            }
        }

        return -1;
    }
}

/// <summary>The members seen so far in one object: known ones as bits, unknown ones by name.</summary>
internal struct MembersSeen()
{
    /// <summary>The index of the last known member read, where the search for the next one starts.</summary>
    public int Last { get; set; } = -1;

    public ulong Known { get; set; }

    public HashSet<string>? Unknown { get; set; }
}
