using System.Buffers;
using System.Text;
using System.Text.Json;

namespace StaticBench.Schema.Validation;

/// <summary>What parsing a JSON input gave: the document, or the one problem (file, JSON path, what) that stopped it.</summary>
public sealed record JsonInput(JsonDocument? Document, ValidationProblem? Problem);

/// <summary>
/// Parses JSON that comes from outside (result files, data-branch files, the engines file) more strictly than
/// <see cref="JsonDocument"/> does, so that no later read can throw: the bytes must be valid UTF-8,
/// no object may name a member twice (which of two <c>run.id</c>s would count?), and no string or
/// member name may hold an unpaired surrogate escape such as <c>"\ud800"</c>, which is valid JSON
/// syntax but not text. The problem names the JSON path, or the line and byte for a syntax error.
/// </summary>
public static class StrictJson
{
    /// <summary>Nesting allowed; a result file needs 5.</summary>
    public const int MaxDepth = 32;

    /// <summary>Parses <paramref name="utf8"/>; <paramref name="file"/> names the source in the problem. With
    /// <paramref name="forConfiguration"/>, comments and trailing commas are allowed, as in hand-written config files.</summary>
    public static JsonInput Parse(ReadOnlyMemory<byte> utf8, string file, bool forConfiguration = false)
    {
        var comments = forConfiguration ? JsonCommentHandling.Skip : JsonCommentHandling.Disallow;
        var readerOptions = new JsonReaderOptions { MaxDepth = MaxDepth, CommentHandling = comments, AllowTrailingCommas = forConfiguration };
        var documentOptions = new JsonDocumentOptions { MaxDepth = MaxDepth, CommentHandling = comments, AllowTrailingCommas = forConfiguration };

        // RFC 8259 lets a parser ignore a UTF-8 byte order mark, and some Windows tools write one.
        if (utf8.Span.StartsWith(Encoding.UTF8.Preamble))
        {
            utf8 = utf8[Encoding.UTF8.Preamble.Length..];
        }

        if (FindInvalidUtf8(utf8.Span) is { } bad)
        {
            var (line, column) = Position(utf8.Span, bad);
            return Fail(file, "$", $"is not valid UTF-8 (line {line}, byte {column}: 0x{utf8.Span[bad]:X2})");
        }

        if (Check(utf8.Span, file, readerOptions) is { } problem)
        {
            return new JsonInput(null, problem);
        }

        try
        {
            return new JsonInput(JsonDocument.Parse(utf8, documentOptions), null);
        }
        catch (JsonException e)
        {
            return Fail(file, "$", SyntaxMessage(e)); // the reader pass above accepts what JsonDocument does; kept as a guard
        }
    }

    /// <summary>One pass with <see cref="Utf8JsonReader"/>: syntax, duplicate member names, unpaired surrogates, with paths.</summary>
    private static ValidationProblem? Check(ReadOnlySpan<byte> utf8, string file, JsonReaderOptions options)
    {
        var reader = new Utf8JsonReader(utf8, options);
        var frames = new Stack<Frame>();
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.StartObject:
                    case JsonTokenType.StartArray:
                        if (frames.TryPeek(out var parent))
                        {
                            parent.Advance();
                        }

                        frames.Push(new Frame(reader.TokenType == JsonTokenType.StartArray));
                        break;
                    case JsonTokenType.EndObject:
                    case JsonTokenType.EndArray:
                        frames.Pop();
                        break;
                    case JsonTokenType.PropertyName:
                        var frame = frames.Peek();
                        frame.ClearCurrent(); // a problem with the name itself is reported at the object
                        if (reader.ValueIsEscaped)
                        {
                            if (!TryGetText(ref reader, out var escaped))
                            {
                                return new ValidationProblem(file, PathOf(frames, utf8), "has a member name with an unpaired surrogate escape (such as \\ud800): not valid Unicode text");
                            }

                            if (!frame.TryAdd(utf8, escaped))
                            {
                                return Twice(file, frames, utf8, escaped);
                            }
                        }
                        else
                        {
                            // The common case reads no string: the name is compared as bytes of the input.
                            var start = (int)reader.TokenStartIndex + 1;
                            if (!frame.TryAdd(utf8, start, reader.ValueSpan.Length))
                            {
                                return Twice(file, frames, utf8, Encoding.UTF8.GetString(reader.ValueSpan));
                            }
                        }

                        break;
                    case JsonTokenType.String:
                        if (frames.TryPeek(out var owner))
                        {
                            owner.Advance();
                        }

                        if (reader.ValueIsEscaped && !TryGetText(ref reader, out _))
                        {
                            return new ValidationProblem(file, PathOf(frames, utf8), "holds an unpaired surrogate escape (such as \\ud800): not valid Unicode text");
                        }

                        break;
                    default:
                        if (frames.TryPeek(out var container))
                        {
                            container.Advance();
                        }

                        break;
                }
            }
        }
        catch (JsonException e)
        {
            return new ValidationProblem(file, "$", SyntaxMessage(e));
        }

        return null;
    }

    private static bool TryGetText(ref Utf8JsonReader reader, out string text)
    {
        try
        {
            text = reader.GetString()!;
            return true;
        }
        catch (InvalidOperationException)
        {
            text = "";
            return false;
        }
    }

    private static ValidationProblem Twice(string file, Stack<Frame> frames, ReadOnlySpan<byte> utf8, string name) =>
        new(file, PathOf(frames, utf8), $"names the member {ElementChecker.Quote(name)} twice: which one counts would be a guess");

    /// <summary>The path of the value the reader is at: <c>$.run.machine.name</c>, <c>$.results[2].samples[0]</c>.</summary>
    private static string PathOf(Stack<Frame> frames, ReadOnlySpan<byte> utf8)
    {
        var path = new StringBuilder("$");
        foreach (var frame in frames.Reverse())
        {
            if (frame.IsArray)
            {
                path.Append('[').Append(Math.Max(frame.Index, 0)).Append(']');
            }
            else if (frame.CurrentName(utf8) is { } name)
            {
                path.Append(ElementChecker.Child("", name));
            }
        }

        return path.ToString();
    }

    private static int? FindInvalidUtf8(ReadOnlySpan<byte> utf8)
    {
        if (System.Text.Unicode.Utf8.IsValid(utf8))
        {
            return null;
        }

        var status = Rune.DecodeFromUtf8(utf8, out _, out var consumed);
        var index = 0;
        while (status == OperationStatus.Done)
        {
            index += consumed;
            status = Rune.DecodeFromUtf8(utf8[index..], out _, out consumed);
        }

        return index;
    }

    private static (int Line, int Column) Position(ReadOnlySpan<byte> utf8, int index)
    {
        var before = utf8[..index];
        var lastNewline = before.LastIndexOf((byte)'\n');
        return (before.Count((byte)'\n') + 1, index - lastNewline);
    }

    private static string SyntaxMessage(JsonException e)
    {
        var where = e.LineNumber is { } line ? $"line {line + 1}, byte {e.BytePositionInLine + 1}" : "";
        var message = e.Message;
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        // The reader quotes the bytes it choked on ('n\u0013' is an invalid JSON literal): escape them, as every string from a file is.
        return $"is not valid JSON ({where}): {ElementChecker.EscapeControl(cut > 0 ? message[..cut].TrimEnd(' ', '|') : message)}";
    }

    private static JsonInput Fail(string file, string path, string message) => new(null, new ValidationProblem(file, path, message));

    /// <summary>
    /// Where the reader is inside one object or array: the item index (arrays), or the member names seen and the
    /// current one (objects). Names are kept as ranges of the input and compared as bytes, so reading a file
    /// allocates no string per member; an escaped name, or an object past <see cref="LinearLimit"/> members,
    /// switches the object to a set of decoded names.
    /// </summary>
    private sealed class Frame(bool isArray)
    {
        private const int LinearLimit = 32;

        private List<(int Start, int Length)>? _ranges;
        private HashSet<string>? _decoded;
        private (int Start, int Length) _current = (-1, 0);
        private string? _currentText;

        public bool IsArray { get; } = isArray;

        public int Index { get; private set; } = -1;

        public void Advance()
        {
            if (IsArray)
            {
                Index++;
            }
        }

        public void ClearCurrent() => (_current, _currentText) = ((-1, 0), null);

        public string? CurrentName(ReadOnlySpan<byte> utf8) =>
            _currentText ?? (_current.Start < 0 ? null : Encoding.UTF8.GetString(utf8.Slice(_current.Start, _current.Length)));

        /// <summary>Adds an unescaped name at <paramref name="start"/>; false when the object already has it.</summary>
        public bool TryAdd(ReadOnlySpan<byte> utf8, int start, int length)
        {
            if (_decoded is null && (_ranges?.Count ?? 0) < LinearLimit)
            {
                var name = utf8.Slice(start, length);
                foreach (var (s, l) in _ranges ??= [])
                {
                    if (utf8.Slice(s, l).SequenceEqual(name))
                    {
                        return false;
                    }
                }

                _ranges.Add((start, length));
                _current = (start, length);
                return true;
            }

            return TryAdd(utf8, Encoding.UTF8.GetString(utf8.Slice(start, length)));
        }

        /// <summary>Adds a decoded name; false when the object already has it.</summary>
        public bool TryAdd(ReadOnlySpan<byte> utf8, string name)
        {
            if (_decoded is null)
            {
                _decoded = new HashSet<string>(StringComparer.Ordinal);
                foreach (var (s, l) in _ranges ?? [])
                {
                    _decoded.Add(Encoding.UTF8.GetString(utf8.Slice(s, l)));
                }
            }

            if (!_decoded.Add(name))
            {
                return false;
            }

            _currentText = name;
            return true;
        }
    }
}
