using System.Text.Json.Serialization;

namespace StaticBench.Site.Data;

/// <summary>Source-generated JSON metadata for the data files and the manifest (camelCase, indented, nulls omitted).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    WriteIndented = true)]
[JsonSerializable(typeof(IndexJson))]
[JsonSerializable(typeof(BenchmarkJson))]
[JsonSerializable(typeof(ManifestJson))]
public sealed partial class SiteJsonContext : JsonSerializerContext;
