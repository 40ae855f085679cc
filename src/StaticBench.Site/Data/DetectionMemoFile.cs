using System.Text.Json;
using System.Text.Json.Serialization;
using StaticBench.Analysis.ChangePoints;
using StaticBench.Analysis.Findings;

namespace StaticBench.Site.Data;

/// <summary>
/// A <see cref="DetectionMemo"/> on disk, beside the incremental history cache. A missing or damaged
/// file only costs a full scan; saving writes a temporary file and renames it, so a crash never leaves
/// half a memo.
/// </summary>
public static class DetectionMemoFile
{
    public static DetectionMemo Load(string file)
    {
        try
        {
            using var stream = File.OpenRead(file);
            var entries = JsonSerializer.Deserialize(stream, DetectionMemoJsonContext.Default.DictionaryStringChangePointArray);
            return new DetectionMemo(entries);
        }
        catch (Exception e) when (e is IOException or JsonException or UnauthorizedAccessException)
        {
            return new DetectionMemo();
        }
    }

    public static void Save(string file, DetectionMemo memo)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(file))!);
        var temporary = $"{file}.{Environment.ProcessId}.tmp";
        using (var stream = File.Create(temporary))
        {
            JsonSerializer.Serialize(stream, memo.Used.ToDictionary(), DetectionMemoJsonContext.Default.DictionaryStringChangePointArray);
        }

        File.Move(temporary, file, overwrite: true);
    }
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(Dictionary<string, ChangePoint[]>))]
internal sealed partial class DetectionMemoJsonContext : JsonSerializerContext;
