using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using StaticBench.Analysis.Findings;
using StaticBench.Schema.Files;
using StaticBench.Site.Output;

namespace StaticBench.Site.Data;

/// <summary>
/// The memos a build keeps: series scans (<see cref="DetectionMemo"/>) beside its history cache, and the chart images,
/// sample files and runs pages kept in the output (<see cref="OutputMemo"/>) in the output folder itself (<see cref="ImagesFileName"/>,
/// <see cref="SamplesFileName"/>, <see cref="PagesFileName"/>), since they describe its files. A missing or damaged file only costs the work it would
/// have saved; files are saved with <see cref="AtomicFile"/>, so a crash never leaves half a memo.
/// </summary>
public static class MemoFiles
{
    /// <summary>The chart images' memo, in the output folder.</summary>
    public const string ImagesFileName = ".staticbench-images.json";

    /// <summary>The sample files' memo, in the output folder.</summary>
    public const string SamplesFileName = ".staticbench-samples.json";

    /// <summary>The runs pages' memo, in the output folder.</summary>
    public const string PagesFileName = ".staticbench-pages.json";

    public static DetectionMemo LoadDetection(string file) =>
        Load(file, MemoJsonContext.Default.DetectionMemoFile) is { } saved ? new(saved.Scans, saved.Samples) : new();

    public static void SaveDetection(string file, DetectionMemo memo) =>
        Save(file, new DetectionMemoFile(memo.Used.ToDictionary(), memo.UsedSamples.ToDictionary()), MemoJsonContext.Default.DetectionMemoFile);

    public static OutputMemo LoadOutput(string file) => new(Load(file, MemoJsonContext.Default.DictionaryStringString));

    /// <summary>Saves the paths in ordinal order: the same build writes the same file.</summary>
    public static void SaveOutput(string file, OutputMemo memo) =>
        Save(file, memo.Used.OrderBy(p => p.Key, StringComparer.Ordinal).ToDictionary(), MemoJsonContext.Default.DictionaryStringString);

    private static T? Load<T>(string file, JsonTypeInfo<T> type)
        where T : class
    {
        try
        {
            using var stream = File.OpenRead(file);
            return JsonSerializer.Deserialize(stream, type);
        }
        catch (Exception e) when (e is IOException or JsonException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static void Save<T>(string file, T value, JsonTypeInfo<T> type) =>
        AtomicFile.Write(file, stream => JsonSerializer.Serialize(stream, value, type));
}

/// <summary>The detection memo's file: its series scans and sample scans by key (either missing in a file of another shape).</summary>
internal sealed record DetectionMemoFile(Dictionary<string, SeriesScan>? Scans, Dictionary<string, Analysis.ChangePoints.SampleScan>? Samples);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals)]
[JsonSerializable(typeof(DetectionMemoFile))]
[JsonSerializable(typeof(Dictionary<string, string>))]
internal sealed partial class MemoJsonContext : JsonSerializerContext;
