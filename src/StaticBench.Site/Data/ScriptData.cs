using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using StaticBench.Site.Output;

namespace StaticBench.Site.Data;

/// <summary>
/// Data for the pages' scripts as script files, because browsers refuse fetch() on file://: each file
/// assigns one JSON value to <c>window.StaticBenchData[key]</c> and a page loads it with a
/// <c>&lt;script src&gt;</c>. System.Text.Json's default encoder escapes <c>&lt;</c>, <c>&gt;</c>, <c>&amp;</c>,
/// quotes and U+2028/2029, so no string from the data can end the script or the statement.
/// </summary>
public static class ScriptData
{
    private static readonly byte[] Prefix = "(window.StaticBenchData=window.StaticBenchData||{})["u8.ToArray();

    /// <summary>The buffer <see cref="Write(ISiteOutput, string, string, Action{Utf8JsonWriter})"/> reuses on this thread.</summary>
    [ThreadStatic]
    private static ArrayBufferWriter<byte>? ThreadBuffer;

    /// <summary>The file's text: <c>(window.StaticBenchData=…)["key"]=VALUE;</c> and a newline.</summary>
    public static byte[] Encode<T>(string key, T value, JsonTypeInfo<T> type) =>
        Encode(key, writer => JsonSerializer.Serialize(writer, value, type));

    public static void Write<T>(ISiteOutput output, string path, string key, T value, JsonTypeInfo<T> type) =>
        output.Write(path, Encode(key, value, type));

    /// <summary>As <see cref="Encode{T}"/>, for a value written by hand with <paramref name="write"/> (the same escaping encoder).</summary>
    public static byte[] Encode(string key, Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        Encode(buffer, key, write);
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>
    /// As <see cref="Encode(string, Action{Utf8JsonWriter})"/>, straight into <paramref name="output"/> from a buffer each
    /// thread keeps: a benchmark's blocks are written without growing and copying a new buffer for each (20 MB at 200 × 3,000).
    /// </summary>
    public static void Write(ISiteOutput output, string path, string key, Action<Utf8JsonWriter> write)
    {
        var buffer = ThreadBuffer ??= new ArrayBufferWriter<byte>(1 << 16);
        buffer.ResetWrittenCount();
        Encode(buffer, key, write);
        output.Write(path, buffer.WrittenSpan);
    }

    private static void Encode(ArrayBufferWriter<byte> buffer, string key, Action<Utf8JsonWriter> write)
    {
        buffer.Write(Prefix);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStringValue(key);
        }

        buffer.Write("]="u8);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            write(writer);
        }

        buffer.Write(";\n"u8);
    }

    /// <summary>The key under which <c>data/&lt;path&gt;.js</c> stores its value: the path without <c>data/</c> and <c>.js</c>.</summary>
    public static string KeyOf(string path) =>
        path.StartsWith("data/", StringComparison.Ordinal) && path.EndsWith(".js", StringComparison.Ordinal) ? path[5..^3] : throw new ArgumentException($"not a data script: {path}", nameof(path));
}
